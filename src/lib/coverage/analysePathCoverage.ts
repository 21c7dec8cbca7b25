import type { Curriculum, PathEntry } from '../curriculum/curriculum';
import { analyseCoverage, type CoverageAnalysis } from './analyseCoverage';
import { type CoverageIndex, coverageIndex } from './coverageIndex';

/** What one learning path develops: its own matrix, measured against what the path promises. */
export interface PathCoverage {
  id: string;
  title: string;
  file: string;
  /**
   * The matrix counting only the path's modules, with one row per competency the path promises
   * or develops, and the path's promised level (its `builds`) as the target.
   */
  analysis: CoverageAnalysis;
  /** Each promise of the path and the highest level its modules develop that competency to. */
  promises: Array<{ competency: string; level: number; reached: number }>;
}

/** Analyses a path's modules on their own, against the levels the path builds (`index`: as `analyseCoverage`'s). */
export function analysePathCoverage(
  curriculum: Curriculum,
  path: PathEntry,
  index: CoverageIndex = coverageIndex(curriculum),
): PathCoverage {
  const moduleIds = new Set(path.stages.flatMap((s) => s.modules));
  const targets = new Map(path.builds.map((b) => [b.competency, b.level] as const));
  const developed = curriculum.modules
    .filter((m) => moduleIds.has(m.id))
    .flatMap((m) => m.develops.map((d) => d.competency));
  const analysis = analyseCoverage(
    curriculum,
    { moduleIds, targets, competencyIds: new Set([...targets.keys(), ...developed]) },
    index,
  );
  const reached = (id: string) => analysis.competencies.find((c) => c.id === id)?.reached ?? 0;
  return {
    id: path.id,
    title: path.title,
    file: path.file,
    analysis,
    promises: path.builds.map((b) => ({ competency: b.competency, level: b.level, reached: reached(b.competency) })),
  };
}
