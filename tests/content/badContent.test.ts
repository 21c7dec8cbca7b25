import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { formatIssues } from '../../src/lib/curriculum/contentIssue';
import { curriculumWorkspace, FIXTURES } from '../helpers/curriculumWorkspace';

interface Expected {
  file: string;
  field: string;
  message: string;
  line?: number;
  hint?: string;
}

const corpus = join(FIXTURES, 'bad-content');
const cases = readdirSync(corpus).sort();

describe('the bad-content corpus', () => {
  it('has at least 12 fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('starts from a curriculum with no problems', () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      expect(checkContent(root).issues).toEqual([]);
    } finally {
      dispose();
    }
  });

  it.each(cases)('%s: names the file, the field and what is wrong', (name) => {
    const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as Expected;
    const { root, dispose } = curriculumWorkspace(join(corpus, name));
    try {
      const { issues } = checkContent(root);
      const match = issues.find(
        (i) =>
          i.file.startsWith(`content/${expected.file}`) &&
          i.field === expected.field &&
          i.message.includes(expected.message),
      );
      expect(match, `no issue like ${JSON.stringify(expected)} in:\n${formatIssues(issues)}`).toBeDefined();
      if (expected.line !== undefined) expect(match!.line).toBe(expected.line);
      if (expected.hint !== undefined) expect(match!.hint).toContain(expected.hint);
      expect(match!.hint.length).toBeGreaterThan(10);
    } finally {
      dispose();
    }
  });
});
