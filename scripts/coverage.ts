/**
 * `npm run coverage [dir]`: prints the competency × level coverage matrix and content-health
 * findings of the curriculum, and exits 1 when a threshold of content/coverage.yaml is not met
 * (or the content itself is invalid), so CI can gate on coverage.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/authoring/checkContent';
import { COVERAGE_FILE, readCoverageThresholds } from '../src/authoring/readCoverageThresholds';
import { buildCoverageReport } from '../src/lib/coverage/buildCoverageReport';
import { formatCoverageReport } from '../src/lib/coverage/formatCoverageReport';
import { formatIssues } from '../src/lib/curriculum/contentIssue';

const root = resolve(process.argv[2] ?? '.');
const { issues, curriculum } = checkContent(root);
const { thresholds, issues: thresholdIssues, found } = readCoverageThresholds(root);
if (issues.length > 0 || thresholdIssues.length > 0) {
  console.error(formatIssues([...issues, ...thresholdIssues]));
  console.error('Coverage is measured on valid content only: fix these first.');
  process.exit(1);
}
const report = buildCoverageReport(curriculum, thresholds);
console.log(formatCoverageReport(report, found ? COVERAGE_FILE : `no ${COVERAGE_FILE}, default thresholds`));
process.exit(report.breaches.length > 0 ? 1 : 0);
