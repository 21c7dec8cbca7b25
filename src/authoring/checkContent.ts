import type { ContentIssue } from '../lib/curriculum/contentIssue';
import type { Curriculum } from '../lib/curriculum/curriculum';
import { validateCurriculum } from '../lib/curriculum/validateCurriculum';
import { validateLocalNotes } from '../lib/translation/validateLocalNotes';
import { validateTranslations } from '../lib/translation/validateTranslations';
import { readCurriculum } from './readCurriculum';
import { sha256Digest } from './sha256Digest';

/**
 * Every problem in `content/` below `root`: parse and schema errors, then cross-reference errors,
 * then translations and local notes made from an older source (warnings), each with file, field,
 * line where known, what is wrong and how to fix it.
 */
export function checkContent(root: string): { issues: ContentIssue[]; curriculum: Curriculum } {
  const { curriculum, issues, lineOf, unreadable } = readCurriculum(root);
  // A file that could not be read is reported once; references to what it holds are not reported again.
  const crossIssues = [
    ...validateCurriculum(curriculum, unreadable),
    ...validateTranslations(curriculum, sha256Digest),
    ...validateLocalNotes(curriculum, sha256Digest),
  ].map((issue) => ({
    ...issue,
    line: issue.line ?? lineOf(issue.file, issue.field),
  }));
  return { issues: [...issues, ...crossIssues], curriculum };
}
