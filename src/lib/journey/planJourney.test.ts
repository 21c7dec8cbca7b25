import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { random } from '../../../tests/helpers/generatePlannerCurriculum';
import { plannerCurriculumArbitrary } from '../../../tests/helpers/plannerCurriculumArbitrary';
import { testCurriculum } from '../curriculum/testCurriculum';
import { type Journey, type JourneyTarget, planJourney, targetLevels } from './planJourney';
import type { PlannerCurriculum } from './plannerCurriculum';
import { toPlannerCurriculum } from './plannerCurriculum';

const small = toPlannerCurriculum(testCurriculum());
const order = (journey: Journey) => journey.stages.flatMap((s) => s.steps.map((step) => step.moduleId));

describe('planJourney', () => {
  it('covers each missing level with a module and says why it is there', () => {
    const journey = planJourney(small, { levels: {}, target: { kind: 'competency', competency: 'mapping', level: 2 } });
    expect(journey.stages).toEqual([
      {
        level: 1,
        steps: [
          {
            moduleId: 'intro',
            reasons: [{ competency: 'mapping', from: 0, to: 1 }],
            prerequisiteFor: ['deeper'],
            mastered: false,
          },
        ],
      },
      {
        level: 2,
        steps: [
          {
            moduleId: 'deeper',
            reasons: [{ competency: 'mapping', from: 1, to: 2 }],
            prerequisiteFor: [],
            mastered: false,
          },
        ],
      },
    ]);
    expect(journey.totalMinutes).toBe(20);
  });

  it('skips what the learner masters but keeps prerequisites, marked as test-out candidates', () => {
    const journey = planJourney(small, {
      levels: { mapping: 2, value: 0 },
      target: { kind: 'competency', competency: 'planning', level: 3 },
    });
    expect(order(journey)).toEqual(['intro', 'deeper', 'value-basics', 'planning']);
    const steps = journey.stages.flatMap((s) => s.steps);
    expect(steps.find((s) => s.moduleId === 'deeper')).toMatchObject({
      reasons: [],
      mastered: true,
      prerequisiteFor: ['planning'],
    });
    expect(journey.uncovered).toEqual([
      { competency: 'planning', level: 1 },
      { competency: 'planning', level: 2 },
    ]);
  });

  it('never plans a module already done, and plans nothing when there is no gap', () => {
    const journey = planJourney(small, {
      levels: {},
      target: { kind: 'competency', competency: 'mapping', level: 2 },
      done: ['intro'],
    });
    expect(order(journey)).toEqual(['deeper']);
    expect(
      planJourney(small, { levels: { mapping: 3 }, target: { kind: 'competency', competency: 'mapping', level: 2 } })
        .stages,
    ).toEqual([]);
  });

  it('aims at the engagement model, a path or one competency', () => {
    expect(targetLevels(small, { kind: 'model' })).toEqual([{ competency: 'mapping', level: 2 }]);
    expect(targetLevels(small, { kind: 'path', pathId: 'essentials' })).toEqual([{ competency: 'mapping', level: 2 }]);
    expect(() => targetLevels(small, { kind: 'path', pathId: 'nowhere' })).toThrow('Unknown learning path "nowhere".');
  });

  it('rejects a curriculum with a prerequisite cycle', () => {
    const cyclic: PlannerCurriculum = {
      ...small,
      modules: small.modules.map((m) => (m.id === 'intro' ? { ...m, prerequisites: ['planning'] } : m)),
    };
    expect(() => planJourney(cyclic, { levels: {}, target: { kind: 'model' } })).toThrow(/prerequisite cycle/);
  });
});

describe('planJourney over generated curricula (property tests)', () => {
  // The curriculum is itself the arbitrary: a failure shrinks to the fewest modules, competencies and links that show it.
  const scenario = fc
    .record({
      curriculum: plannerCurriculumArbitrary(),
      levels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
      targetKind: fc.constantFrom('model', 'path', 'competency'),
      done: fc.array(fc.nat(), { maxLength: 10 }),
    })
    .map(({ curriculum, levels, targetKind, done }) => {
      const target: JourneyTarget =
        targetKind === 'path'
          ? { kind: 'path', pathId: curriculum.paths[0]!.id }
          : targetKind === 'competency'
            ? { kind: 'competency', competency: curriculum.competencies[0]!.id, level: 4 }
            : { kind: 'model' };
      const input = {
        levels: Object.fromEntries(curriculum.competencies.map((c, i) => [c.id, levels[i]!])),
        target,
        done: [...new Set(done.map((d) => curriculum.modules[d % curriculum.modules.length]!.id))],
      };
      return { curriculum, input };
    });

  it('shrinks a failing property to the smallest curriculum that shows it', () => {
    // A deliberately false claim ("no module has a prerequisite"): the counterexample is two modules, one link.
    const result = fc.check(
      fc.property(plannerCurriculumArbitrary(), (c) => c.modules.every((m) => m.prerequisites.length === 0)),
      { seed: 17 },
    );
    const [smallest] = result.counterexample!;
    expect(smallest.modules.map((m) => [m.id, m.prerequisites])).toEqual([
      ['m0000', []],
      ['m0001', ['m0000']],
    ]);
    expect(smallest.competencies).toHaveLength(1);
    expect(smallest.paths).toHaveLength(1);
  });

  const runs = { numRuns: 300 };

  it('covers every gap level, or reports it uncovered only when no module could cover it', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { curriculum, input } = s;
        const journey = planJourney(curriculum, input);
        const planned = new Set(order(journey));
        const coveredBy = (ids: Iterable<string>, c: string, l: number) =>
          [...ids].some((id) =>
            curriculum.modules.find((m) => m.id === id)!.develops.some((d) => d.competency === c && d.level === l),
          );
        for (const t of targetLevels(curriculum, input.target)) {
          for (let l = (input.levels[t.competency] ?? 0) + 1; l <= t.level; l++) {
            const covered = coveredBy(planned, t.competency, l) || coveredBy(input.done, t.competency, l);
            const reported = journey.uncovered.some((u) => u.competency === t.competency && u.level === l);
            expect(covered || reported).toBe(true);
            if (reported)
              expect(
                coveredBy(
                  curriculum.modules.map((m) => m.id).filter((id) => !input.done.includes(id)),
                  t.competency,
                  l,
                ),
              ).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('puts every prerequisite before the modules that need it, and never plans a done module', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { curriculum, input } = s;
        const ids = order(planJourney(curriculum, input));
        ids.forEach((id, i) => {
          expect(input.done).not.toContain(id);
          for (const pre of curriculum.modules.find((m) => m.id === id)!.prerequisites) {
            if (input.done.includes(pre)) continue;
            expect(ids.indexOf(pre)).toBeGreaterThanOrEqual(0);
            expect(ids.indexOf(pre)).toBeLessThan(i);
          }
        });
      }),
      runs,
    );
  });

  it('plans only gaps and the prerequisites they demand, with stages rising in level', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { curriculum, input } = s;
        const journey = planJourney(curriculum, input);
        for (const step of journey.stages.flatMap((st) => st.steps)) {
          expect(step.reasons.length > 0 || step.prerequisiteFor.length > 0).toBe(true);
          for (const r of step.reasons) expect(r.from).toBeGreaterThanOrEqual(input.levels[r.competency] ?? 0);
        }
        const levels = journey.stages.map((st) => st.level);
        expect(levels).toEqual([...levels].sort((a, b) => a - b));
        expect(new Set(levels).size).toBe(levels.length);
      }),
      runs,
    );
  });

  it('is deterministic, whatever the order of the curriculum lists', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), (s, shuffleSeed) => {
        const { curriculum, input } = s;
        const rnd = random(shuffleSeed);
        const shuffled = { ...curriculum, modules: [...curriculum.modules].sort(() => rnd() - 0.5) };
        expect(planJourney(shuffled, input)).toEqual(planJourney(curriculum, input));
      }),
      runs,
    );
  });

  it('rejects any generated curriculum into which a cycle is introduced', () => {
    fc.assert(
      fc.property(plannerCurriculumArbitrary({ minModules: 2, maxModules: 60 }), (curriculum) => {
        const [first, last] = [curriculum.modules[0]!, curriculum.modules.at(-1)!];
        // Make the first module require the last, and the last require the first.
        const modules = curriculum.modules.map((m) =>
          m === first
            ? { ...m, prerequisites: [last.id] }
            : m === last
              ? { ...m, prerequisites: [...m.prerequisites, first.id] }
              : m,
        );
        expect(() => planJourney({ ...curriculum, modules }, { levels: {}, target: { kind: 'model' } })).toThrow(
          /prerequisite cycle/,
        );
      }),
      { numRuns: 100 },
    );
  });
});
