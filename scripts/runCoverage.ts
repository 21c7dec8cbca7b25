import { resolve } from 'node:path';
import { checkContent } from '../src/authoring/checkContent';
import { COVERAGE_FILE, readCoverageThresholds } from '../src/authoring/readCoverageThresholds';
import { buildCoverageReport } from '../src/lib/coverage/buildCoverageReport';
import { formatCoverageReport } from '../src/lib/coverage/formatCoverageReport';
import { contentErrors, formatIssues } from '../src/lib/curriculum/contentIssue';
import type { CliIo } from './cliIo';

/**
 * `npm run coverage [dir]`: prints the coverage matrix and content-health findings of the
 * curriculum below `dir` (default: the working folder); 1 when a threshold is not met or the
 * content is invalid, else 0.
 */
export function runCoverage(argv: readonly string[], io: CliIo): number {
  const root = resolve(io.cwd, argv[0] ?? '.');
  const { issues: all, curriculum } = checkContent(root);
  const issues = contentErrors(all);
  const { thresholds, issues: thresholdIssues, found } = readCoverageThresholds(root);
  if (issues.length > 0 || thresholdIssues.length > 0) {
    io.stderr(
      `${formatIssues([...issues, ...thresholdIssues])}\nCoverage is measured on valid content only: fix these first.\n`,
    );
    return 1;
  }
  const report = buildCoverageReport(curriculum, thresholds);
  io.stdout(`${formatCoverageReport(report, found ? COVERAGE_FILE : `no ${COVERAGE_FILE}, default thresholds`)}\n`);
  return report.breaches.length > 0 ? 1 : 0;
}
