import type { Curriculum, ModuleEntry, PathEntry } from '../curriculum/curriculum';
import { groupByEach } from './groupByEach';
import { prerequisiteChains } from './prerequisiteChains';

/**
 * What every coverage matrix of one curriculum looks up, computed once: the whole matrix and each
 * path's share it, so a report costs time in proportion to the curriculum, not to its square (a
 * path's matrix used to scan every module for every competency and every path for every cell).
 */
export interface CoverageIndex {
  /** Every module, by title (a stable sort: equal titles keep the curriculum's order). */
  modules: ModuleEntry[];
  /** Every path, by title. */
  paths: PathEntry[];
  /** Per competency id, the modules developing it at any level, in `modules`' order. */
  developing: Map<string, ModuleEntry[]>;
  /** Per module id, the paths including it, as a set to merge and then put in `paths`' order. */
  pathsOf: Map<string, PathEntry[]>;
  /** A path's position in `paths`. */
  pathRank: Map<PathEntry, number>;
  /** `prerequisiteChains` of the curriculum. */
  chains: Map<string, string[]>;
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** Indexes a validated curriculum for `analyseCoverage`; valid for as long as the curriculum is not changed. */
export function coverageIndex(curriculum: Curriculum): CoverageIndex {
  const modules = [...curriculum.modules].sort(byTitle);
  const paths = [...curriculum.paths].sort(byTitle);
  const developing = groupByEach(modules, (m) => m.develops.map((d) => d.competency));
  const pathsOf = groupByEach(paths, (p) => p.stages.flatMap((s) => s.modules));
  return {
    modules,
    paths,
    developing,
    pathsOf,
    pathRank: new Map(paths.map((p, i) => [p, i])),
    chains: prerequisiteChains(curriculum),
  };
}
