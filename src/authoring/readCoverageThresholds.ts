import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CoverageThresholds, coverageThresholdsSchema } from '../lib/coverage/coverageThresholdsSchema';
import { type ContentIssue, fieldPath } from '../lib/curriculum/contentIssue';
import { didYouMean } from '../lib/curriculum/suggestId';
import { CONTENT_DIR } from './contentLayout';
import { parseYamlWithLines } from './parseYamlWithLines';

/** The thresholds file, relative to the project root. */
export const COVERAGE_FILE = `${CONTENT_DIR}/coverage.yaml`;

/**
 * Reads the coverage thresholds (`content/coverage.yaml`) below `root`, with line numbers for
 * errors. A missing file means the defaults; a broken one yields issues naming file, field and line.
 */
export function readCoverageThresholds(root: string): {
  thresholds: CoverageThresholds;
  issues: ContentIssue[];
  found: boolean;
} {
  const abs = resolve(root, COVERAGE_FILE);
  const found = existsSync(abs);
  const text = found ? readFileSync(abs, 'utf8') : '';
  const file = COVERAGE_FILE;
  const {
    data,
    issues: syntaxIssues,
    lineOf,
  } = parseYamlWithLines(text, { file, hint: 'Check indentation, and write each threshold as "name: value".' });
  const defaults = coverageThresholdsSchema.parse({});
  if (syntaxIssues.length > 0) return { thresholds: defaults, issues: syntaxIssues, found };
  const result = coverageThresholdsSchema.safeParse(data ?? {});
  if (result.success) return { thresholds: result.data, issues: [], found };

  const allowed = Object.keys(coverageThresholdsSchema.shape);
  const issues = result.error.issues.map((problem): ContentIssue => {
    if (problem.code === 'unrecognized_keys') {
      const key = problem.keys[0]!;
      return {
        file,
        field: key,
        line: lineOf([key]),
        message: `Unknown threshold: ${problem.keys.join(', ')}.`,
        hint: `Remove it or fix its spelling.${didYouMean(key, allowed)} Allowed: ${allowed.join(', ')}.`,
      };
    }
    const key = String(problem.path[0] ?? '');
    const description = coverageThresholdsSchema.shape[key as keyof typeof coverageThresholdsSchema.shape]?.description;
    return {
      file,
      field: fieldPath(problem.path),
      line: lineOf(problem.path),
      message: `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`,
      hint: description ? `Expected: ${description}.` : 'See the comments at the top of the file.',
    };
  });
  return { thresholds: defaults, issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), found };
}
