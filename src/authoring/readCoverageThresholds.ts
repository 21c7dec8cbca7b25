import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { fieldPath, type ContentIssue } from '../lib/curriculum/contentIssue';
import { didYouMean } from '../lib/curriculum/suggestId';
import { coverageThresholdsSchema, type CoverageThresholds } from '../lib/coverage/coverageThresholdsSchema';
import { CONTENT_DIR } from './contentLayout';

/** The thresholds file, relative to the project root. */
export const COVERAGE_FILE = `${CONTENT_DIR}/coverage.yaml`;

/**
 * Reads the coverage thresholds (`content/coverage.yaml`) below `root`, with line numbers for
 * errors. A missing file means the defaults; a broken one yields issues naming file, field and line.
 */
export function readCoverageThresholds(root: string): { thresholds: CoverageThresholds; issues: ContentIssue[]; found: boolean } {
  const abs = join(root, COVERAGE_FILE);
  const found = existsSync(abs);
  const text = found ? readFileSync(abs, 'utf8') : '';
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const defaults = coverageThresholdsSchema.parse({});
  const file = COVERAGE_FILE;
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => ({ file, field: '', line: error.linePos?.[0].line, message: `YAML syntax error: ${error.message.split('\n')[0]}`, hint: 'Check indentation, and write each threshold as "name: value".' }));
    return { thresholds: defaults, issues, found };
  }
  const result = coverageThresholdsSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { thresholds: result.data, issues: [], found };

  const lineOf = (path: readonly PropertyKey[]) => {
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  };
  const allowed = Object.keys(coverageThresholdsSchema.shape);
  const issues = result.error.issues.map((problem): ContentIssue => {
    if (problem.code === 'unrecognized_keys') {
      const key = problem.keys[0]!;
      return { file, field: key, line: lineOf([key]), message: `Unknown threshold: ${problem.keys.join(', ')}.`, hint: `Remove it or fix its spelling.${didYouMean(key, allowed)} Allowed: ${allowed.join(', ')}.` };
    }
    const key = String(problem.path[0] ?? '');
    const description = coverageThresholdsSchema.shape[key as keyof typeof coverageThresholdsSchema.shape]?.description;
    return { file, field: fieldPath(problem.path), line: lineOf(problem.path), message: `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`, hint: description ? `Expected: ${description}.` : 'See the comments at the top of the file.' };
  });
  return { thresholds: defaults, issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), found };
}
