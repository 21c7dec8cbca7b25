import type { ContentIssue } from '../lib/curriculum/contentIssue';
import type { Curriculum } from '../lib/curriculum/curriculum';
import { validateCurriculum } from '../lib/curriculum/validateCurriculum';
import { readCurriculum } from './readCurriculum';

/**
 * Every problem in `content/` below `root`: parse and schema errors, then cross-reference errors,
 * each with file, field, line where known, what is wrong and how to fix it.
 */
export function checkContent(root: string): { issues: ContentIssue[]; curriculum: Curriculum } {
  const { curriculum, issues, lineOf } = readCurriculum(root);
  const crossIssues = validateCurriculum(curriculum).map((issue) => ({
    ...issue,
    line: issue.line ?? lineOf(issue.file, issue.field),
  }));
  return { issues: [...issues, ...crossIssues], curriculum };
}
