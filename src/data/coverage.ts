import { readCoverageThresholds } from '../authoring/readCoverageThresholds';
import { buildCoverageReport, type CoverageReport } from '../lib/coverage/buildCoverageReport';
import { formatIssues } from '../lib/curriculum/contentIssue';
import type { Catalog } from '../lib/curriculum/createCatalog';
import { getCatalog } from './curriculum';

let cached: Promise<{ catalog: Catalog; report: CoverageReport }> | undefined;

/**
 * The coverage report of the built curriculum against the thresholds in `content/coverage.yaml`,
 * with the catalog for titles and links. Computed once per build; a broken thresholds file fails it.
 */
export function getCoverage(): Promise<{ catalog: Catalog; report: CoverageReport }> {
  cached ??= getCatalog().then((catalog) => {
    const { thresholds, issues } = readCoverageThresholds(process.cwd());
    if (issues.length > 0) throw new Error(formatIssues(issues));
    return { catalog, report: buildCoverageReport(catalog.curriculum, thresholds) };
  });
  return cached;
}
