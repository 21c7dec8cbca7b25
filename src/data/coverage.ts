import { readCoverageThresholds } from '../authoring/readCoverageThresholds';
import { buildCoverageReport, type CoverageReport } from '../lib/coverage/buildCoverageReport';
import { formatIssues } from '../lib/curriculum/contentIssue';
import type { Catalog } from '../lib/curriculum/createCatalog';
import { getCatalog } from './curriculum';

const cache = new WeakMap<Catalog, { catalog: Catalog; report: CoverageReport }>();

/**
 * The coverage report of the built curriculum against the thresholds in `content/coverage.yaml`,
 * with the catalog for titles and links. Computed once per catalog; a broken thresholds file fails it.
 */
export async function getCoverage(): Promise<{ catalog: Catalog; report: CoverageReport }> {
  const catalog = await getCatalog();
  const cached = cache.get(catalog);
  if (cached) return cached;
  const { thresholds, issues } = readCoverageThresholds(process.cwd());
  if (issues.length > 0) throw new Error(formatIssues(issues));
  const coverage = { catalog, report: buildCoverageReport(catalog.curriculum, thresholds) };
  cache.set(catalog, coverage);
  return coverage;
}
