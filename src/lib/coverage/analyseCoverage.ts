import type { Curriculum, ModuleEntry } from '../curriculum/curriculum';
import { engagementTargets } from '../curriculum/engagementTargets';
import { type CoverageIndex, coverageIndex } from './coverageIndex';

/** gap: no module develops the level; thin: exactly one does (a single point of failure); covered: two or more. */
export type CellStatus = 'gap' | 'thin' | 'covered';

/** One competency at one level of the scale: what develops it and how healthy that is. */
export interface CoverageCell {
  competency: string;
  level: number;
  /** Ids of the modules that develop the competency to exactly this level, by title. */
  modules: string[];
  /** Ids of the paths that include at least one of those modules, by title. */
  paths: string[];
  /** Minutes of learning in those modules. */
  minutes: number;
  status: CellStatus;
  /** True when the level is at or below the target for the competency: a gap here blocks learners. */
  targeted: boolean;
  /**
   * The shortest way in: among the modules of the cell, the one with the shortest prerequisite
   * chain, as the module ids a learner takes in a row ending with it. Empty for a gap.
   */
  chain: string[];
}

/** A competency's row of the matrix and its figures. */
export interface CompetencyCoverage {
  id: string;
  name: string;
  /** The framework area's id, as written in the competency file. */
  area: string;
  file: string;
  /** The target level (of the engagement model, or of the path in a path view); 0 when none. */
  target: number;
  /** One cell per level of the scale, lowest first. */
  cells: CoverageCell[];
  /** Ids of every module that develops the competency, at any level. */
  modules: string[];
  /** Minutes of learning in those modules (a module developing two competencies counts for both). */
  minutes: number;
  /** The highest level any module develops it to; 0 when none. */
  reached: number;
}

/** The competency × level matrix of a curriculum, with the cells that need attention. */
export interface CoverageAnalysis {
  levels: Array<{ level: number; name: string }>;
  competencies: CompetencyCoverage[];
  /** Gap cells at or below the target level: learners cannot reach what is expected of them. */
  gapsAtOrBelowTarget: CoverageCell[];
  /** Gap cells above the target level: depth nobody is required to reach, yet. */
  gapsAboveTarget: CoverageCell[];
  /** Cells that only one module develops. */
  thin: CoverageCell[];
  /** Modules counted (all of the curriculum, or those of a path). */
  moduleCount: number;
  /** Minutes of learning in the modules counted. */
  minutes: number;
}

/** Which part of a curriculum to analyse; by default all of it against the engagement model's targets. */
export interface CoverageScope {
  /** Count only these modules (e.g. a path's); prerequisite chains still follow the whole curriculum. */
  moduleIds?: ReadonlySet<string>;
  /** Target level per competency id; defaults to `engagementTargets` (the highest any model asks for). */
  targets?: ReadonlyMap<string, number>;
  /** Rows to show; defaults to every competency. */
  competencyIds?: ReadonlySet<string>;
}

/**
 * Builds the coverage matrix: for each competency and each level of the scale, the modules that
 * develop it, the paths that include them, minutes of learning, gap/thin status against the
 * target, and the shortest prerequisite chain that reaches it. Expects a validated curriculum.
 * `index` (`coverageIndex` of the same curriculum) lets many matrices of one curriculum share it.
 */
export function analyseCoverage(
  curriculum: Curriculum,
  scope: CoverageScope = {},
  index: CoverageIndex = coverageIndex(curriculum),
): CoverageAnalysis {
  const targets = scope.targets ?? new Map(engagementTargets(curriculum).map((t) => [t.competency, t.level]));
  const counted = (m: ModuleEntry) => !scope.moduleIds || scope.moduleIds.has(m.id);
  const modules = index.modules.filter(counted);
  const { chains, pathRank } = index;
  const levels = [...curriculum.scale].sort((a, b) => a.level - b.level).map(({ level, name }) => ({ level, name }));
  // The paths including any of the modules, by title (one module's are listed so already).
  const pathsWith = (ids: readonly string[]) =>
    ids.length === 1
      ? (index.pathsOf.get(ids[0]!) ?? []).map((p) => p.id)
      : [...new Set(ids.flatMap((id) => index.pathsOf.get(id) ?? []))]
          .sort((a, b) => pathRank.get(a)! - pathRank.get(b)!)
          .map((p) => p.id);

  const competencies = curriculum.competencies
    .filter((c) => !scope.competencyIds || scope.competencyIds.has(c.id))
    .map((competency): CompetencyCoverage => {
      const target = targets.get(competency.id) ?? 0;
      const developing = (index.developing.get(competency.id) ?? []).filter(counted);
      const cells = levels.map(({ level }): CoverageCell => {
        const here = developing.filter((m) =>
          m.develops.some((d) => d.competency === competency.id && d.level === level),
        );
        const ids = here.map((m) => m.id);
        const chain = [
          ...ids
            .map((id) => chains.get(id) ?? [id])
            .reduce<string[]>((best, c) => (best.length === 0 || c.length < best.length ? c : best), []),
        ];
        return {
          competency: competency.id,
          level,
          modules: ids,
          paths: pathsWith(ids),
          minutes: here.reduce((n, m) => n + m.duration, 0),
          status: ids.length === 0 ? 'gap' : ids.length === 1 ? 'thin' : 'covered',
          targeted: level <= target,
          chain,
        };
      });
      return {
        id: competency.id,
        name: competency.name,
        area: competency.area,
        file: competency.file,
        target,
        cells,
        modules: developing.map((m) => m.id),
        minutes: developing.reduce((n, m) => n + m.duration, 0),
        reached: Math.max(0, ...cells.filter((c) => c.status !== 'gap').map((c) => c.level)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));

  const cells = competencies.flatMap((c) => c.cells);
  return {
    levels,
    competencies,
    gapsAtOrBelowTarget: cells.filter((c) => c.status === 'gap' && c.targeted),
    gapsAboveTarget: cells.filter((c) => c.status === 'gap' && !c.targeted),
    thin: cells.filter((c) => c.status === 'thin'),
    moduleCount: modules.length,
    minutes: modules.reduce((n, m) => n + m.duration, 0),
  };
}
