import type { Curriculum } from '../curriculum/curriculum';
import { scanModuleBody } from '../curriculum/scanModuleBody';
import { groupByEach } from './groupByEach';

/** How well one region's local variants cover one competency. */
export interface LocalCompetencyCoverage {
  competency: string;
  /** Ids of the modules developing the competency that carry a local note for the region. */
  withNote: string[];
  /** Modules developing the competency at all. */
  total: number;
}

/** A region or healthcare archetype and the local notes written for it. */
export interface RegionCoverage {
  id: string;
  name: string;
  kind: string;
  /** Ids of every module with at least one `<LocalNote region="…">` for the region. */
  modules: string[];
  /** One entry per competency, in the curriculum's competency order. */
  competencies: LocalCompetencyCoverage[];
  /** Ids of competencies developed by some module but with no local note for the region anywhere. */
  uncovered: string[];
}

/**
 * Local-variant coverage: for every region other than global, which modules carry a local note
 * for it and, per competency, how many of the modules developing it do.
 */
export function analyseLocalCoverage(curriculum: Curriculum): RegionCoverage[] {
  const notes = new Map(
    curriculum.modules.map(
      (m) =>
        [
          m.id,
          new Set(
            scanModuleBody(m.body)
              .filter((u) => u.name === 'LocalNote')
              .map((u) => u.attributes.region ?? ''),
          ),
        ] as const,
    ),
  );
  // The modules developing each competency, in the curriculum's order: found once, not per region and competency.
  const developingOf = groupByEach(curriculum.modules, (m) => m.develops.map((d) => d.competency));
  return curriculum.regions
    .filter((r) => r.kind !== 'global')
    .map((region) => {
      const competencies = curriculum.competencies.map((c) => {
        const developing = developingOf.get(c.id) ?? [];
        return {
          competency: c.id,
          withNote: developing.filter((m) => notes.get(m.id)!.has(region.id)).map((m) => m.id),
          total: developing.length,
        };
      });
      return {
        id: region.id,
        name: region.name,
        kind: region.kind,
        modules: curriculum.modules.filter((m) => notes.get(m.id)!.has(region.id)).map((m) => m.id),
        competencies,
        uncovered: competencies.filter((c) => c.total > 0 && c.withNote.length === 0).map((c) => c.competency),
      };
    });
}
