import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckContent } from '../../scripts/runCheckContent';
import { checkContentAndBodies } from '../../src/authoring/checkContentAndBodies';
import { formatIssues } from '../../src/lib/curriculum/contentIssue';
import { curriculumWorkspace, FIXTURES } from '../helpers/curriculumWorkspace';
import { runCli } from '../helpers/runCli';

interface Expected {
  file: string;
  field: string;
  message: string;
  line?: number;
  column?: number;
  hint?: string;
  /** A warning is reported, but does not fail the check. */
  severity?: 'warning';
  /** The problem is reported once, with no follow-on problems elsewhere. */
  only?: boolean;
}

const corpus = join(FIXTURES, 'bad-content');
const cases = readdirSync(corpus).sort();

describe('the bad-content corpus', () => {
  it('has at least 12 fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('starts from a curriculum with no problems', async () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      expect((await checkContentAndBodies(root)).issues).toEqual([]);
    } finally {
      dispose();
    }
  });

  it.each(cases)('%s: names the file, the line, the field and what is wrong', async (name) => {
    const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as Expected;
    const { root, dispose } = curriculumWorkspace(join(corpus, name));
    try {
      const { issues } = await checkContentAndBodies(root);
      const match = issues.find(
        (i) =>
          i.file.startsWith(`content/${expected.file}`) &&
          i.field === expected.field &&
          i.message.includes(expected.message),
      );
      expect(match, `no issue like ${JSON.stringify(expected)} in:\n${formatIssues(issues)}`).toBeDefined();
      if (expected.line !== undefined) expect(match!.line).toBe(expected.line);
      if (expected.column !== undefined) expect(match!.column).toBe(expected.column);
      if (expected.hint !== undefined) expect(match!.hint).toContain(expected.hint);
      expect(match!.hint.length).toBeGreaterThan(10);
      expect(match!.severity).toBe(expected.severity);
      if (expected.only) expect(issues, formatIssues(issues)).toHaveLength(1);

      // What the author runs prints it at the author's file and line, and fails unless it is only a warning.
      const check = await runCli(runCheckContent, [root]);
      expect(check.out).toContain(`content/${expected.file}${expected.line ? `:${expected.line}` : ''}`);
      expect(check.status).toBe(expected.severity === 'warning' ? 0 : 1);
    } finally {
      dispose();
    }
  });
});
