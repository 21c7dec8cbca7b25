import type { CoverageAnalysis } from './analyseCoverage';
import { cellLabel } from './cellLabel';
import type { CoverageThresholds } from './coverageThresholdsSchema';
import type { HealthFinding } from './findContentHealth';

/** A threshold of `content/coverage.yaml` the curriculum does not meet, and what breaks it. */
export interface ThresholdBreach {
  /** The field of the thresholds file, e.g. `maxGapsAtOrBelowTarget` or `failOn: orphan-module`. */
  threshold: string;
  message: string;
  /** One line per offending cell, module or competency. */
  details: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Compares the coverage and health of a curriculum with the thresholds; empty when all are met. */
export function checkThresholds(
  analysis: CoverageAnalysis,
  health: readonly HealthFinding[],
  thresholds: CoverageThresholds,
): ThresholdBreach[] {
  const breaches: ThresholdBreach[] = [];
  const label = (cell: Parameters<typeof cellLabel>[1]) => cellLabel(analysis, cell);
  const targetOf = (id: string) => analysis.competencies.find((c) => c.id === id)?.target ?? 0;
  const cells = analysis.competencies.flatMap((c) => c.cells);

  const severe = analysis.gapsAtOrBelowTarget;
  if (severe.length > thresholds.maxGapsAtOrBelowTarget) {
    breaches.push({
      threshold: 'maxGapsAtOrBelowTarget',
      message: `${plural(severe.length, 'level', 'levels')} at or below the target ${severe.length === 1 ? 'has' : 'have'} no module (allowed: ${thresholds.maxGapsAtOrBelowTarget}); learners cannot reach what the engagement model expects.`,
      details: severe.map((c) => `${label(c)} (target ${targetOf(c.competency)})`),
    });
  }

  const above = analysis.gapsAboveTarget;
  if (thresholds.maxGapsAboveTarget !== undefined && above.length > thresholds.maxGapsAboveTarget) {
    breaches.push({
      threshold: 'maxGapsAboveTarget',
      message: `${plural(above.length, 'level', 'levels')} above the target ${above.length === 1 ? 'has' : 'have'} no module (allowed: ${thresholds.maxGapsAboveTarget}).`,
      details: above.map((c) => `${label(c)} (target ${targetOf(c.competency) || 'none'})`),
    });
  }

  const min = thresholds.minModulesPerTargetedLevel;
  const few = cells.filter((c) => c.targeted && c.modules.length > 0 && c.modules.length < min);
  if (few.length > 0) {
    breaches.push({
      threshold: 'minModulesPerTargetedLevel',
      message: `${plural(few.length, 'targeted level is', 'targeted levels are')} developed by fewer than ${min} modules.`,
      details: few.map((c) => `${label(c)}: ${c.modules.join(', ')}`),
    });
  }

  const long = cells.filter((c) => c.chain.length > thresholds.maxPrerequisiteChain);
  if (long.length > 0) {
    breaches.push({
      threshold: 'maxPrerequisiteChain',
      message: `${plural(long.length, 'level is', 'levels are')} reachable only through more than ${thresholds.maxPrerequisiteChain} modules in a row.`,
      details: long.map((c) => `${label(c)}: ${c.chain.length} modules, ${c.chain.join(' → ')}`),
    });
  }

  for (const kind of thresholds.failOn) {
    const found = health.filter((f) => f.kind === kind);
    if (found.length > 0) {
      breaches.push({
        threshold: `failOn: ${kind}`,
        message: `${plural(found.length, 'content-health finding', 'content-health findings')} of a kind that fails the check.`,
        details: found.map((f) => `${f.file}: ${f.message}`),
      });
    }
  }
  return breaches;
}
