import type { Curriculum } from '../curriculum/curriculum';
import { analyseCoverage, type CoverageAnalysis } from './analyseCoverage';
import { analyseLocalCoverage, type RegionCoverage } from './analyseLocalCoverage';
import { analysePathCoverage, type PathCoverage } from './analysePathCoverage';
import { checkThresholds, type ThresholdBreach } from './checkThresholds';
import { coverageIndex } from './coverageIndex';
import type { CoverageThresholds } from './coverageThresholdsSchema';
import { findContentHealth, type HealthFinding } from './findContentHealth';

/** Everything COE leads see about a curriculum's coverage, computed once for pages and the CLI. */
export interface CoverageReport {
  analysis: CoverageAnalysis;
  paths: PathCoverage[];
  regions: RegionCoverage[];
  health: HealthFinding[];
  thresholds: CoverageThresholds;
  breaches: ThresholdBreach[];
}

/** Analyses coverage, per-path and per-region coverage and content health, and checks the thresholds. */
export function buildCoverageReport(curriculum: Curriculum, thresholds: CoverageThresholds): CoverageReport {
  // One index for the whole matrix and every path's: the report grows with the curriculum, not its square.
  const index = coverageIndex(curriculum);
  const analysis = analyseCoverage(curriculum, {}, index);
  const health = findContentHealth(curriculum, thresholds);
  return {
    analysis,
    paths: [...curriculum.paths]
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((p) => analysePathCoverage(curriculum, p, index)),
    regions: analyseLocalCoverage(curriculum),
    health,
    thresholds,
    breaches: checkThresholds(analysis, health, thresholds),
  };
}
