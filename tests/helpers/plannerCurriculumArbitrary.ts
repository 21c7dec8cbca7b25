import fc from 'fast-check';
import type { PlannerCurriculum, PlannerModule } from '../../src/lib/journey/plannerCurriculum';

const LEVELS = 4;
const MAX_COMPETENCIES = 12;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A well-formed planner curriculum as a fast-check arbitrary, so a failing property shrinks the
 * curriculum itself (fewer modules, competencies, prerequisites, paths) rather than only a seed.
 * Prerequisites point only to earlier modules (acyclic); a module develops one or two competency
 * levels; levels no module develops are left uncovered; there is at least one path.
 */
export function plannerCurriculumArbitrary({
  minModules = 1,
  maxModules = 80,
}: {
  minModules?: number;
  maxModules?: number;
} = {}): fc.Arbitrary<PlannerCurriculum> {
  const level = fc.integer({ min: 1, max: LEVELS });
  const develops = fc.array(fc.record({ competency: fc.nat({ max: MAX_COMPETENCIES - 1 }), level }), {
    minLength: 1,
    maxLength: 2,
  });
  const moduleSpec = fc.record({
    develops,
    prerequisites: fc.array(fc.nat(), { maxLength: 2 }),
    duration: fc.integer({ min: 5, max: 45 }),
  });
  return fc
    .record({
      competencyCount: fc.integer({ min: 1, max: MAX_COMPETENCIES }),
      modules: fc.array(moduleSpec, { minLength: minModules, maxLength: maxModules }),
      paths: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
      targets: fc.array(level, { minLength: MAX_COMPETENCIES, maxLength: MAX_COMPETENCIES }),
    })
    .map(({ competencyCount, modules: specs, paths, targets }) => {
      const competencies = Array.from({ length: competencyCount }, (_, i) => ({
        id: `c${pad(i, 3)}`,
        name: `Competency ${i}`,
      }));
      const modules: PlannerModule[] = specs.map((spec, i) => {
        const levels = spec.develops.map((d) => ({
          competency: competencies[d.competency % competencyCount]!.id,
          level: d.level,
        }));
        return {
          id: `m${pad(i, 4)}`,
          title: `Module ${i}`,
          duration: spec.duration,
          // One level per competency; a module requires only modules before it.
          develops: levels.filter((d, k) => levels.findIndex((e) => e.competency === d.competency) === k),
          prerequisites: i === 0 ? [] : [...new Set(spec.prerequisites.map((p) => `m${pad(p % i, 4)}`))],
          checks: ['q1', 'q2', 'q3'],
        };
      });
      return {
        version: 'arbitrary',
        modules,
        competencies,
        paths: paths.map((members, i) => {
          const ids = [...new Set(members.map((m) => modules[m % modules.length]!.id))];
          return {
            id: `p${i}`,
            title: `Path ${i}`,
            builds: ids.slice(0, 3).map((id) => modules.find((m) => m.id === id)!.develops[0]!),
            stages: [{ title: 'All', modules: ids }],
          };
        }),
        defaultTargets: competencies.map((c, i) => ({ competency: c.id, level: targets[i]! })),
        scale: Array.from({ length: LEVELS }, (_, l) => ({ level: l + 1, name: `Level ${l + 1}` })),
        regions: [{ id: 'global', name: 'Global' }],
        assessment: competencies.map((c) => ({
          competency: c.id,
          items: [{ id: `${c.id}-q`, options: Array.from({ length: LEVELS + 1 }, (_, l) => ({ level: l })) }],
        })),
      };
    });
}
