import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlannerCurriculum, random } from '../../../tests/helpers/generatePlannerCurriculum.ts';
import { planWorkforce as unoptimisedPlan } from '../../../tests/helpers/workforceReference/planWorkforce.ts';
import { suppressLinkedCells as unoptimisedSuppression } from '../../../tests/helpers/workforceReference/suppressLinkedCells.ts';
import { chooseReportableFilters } from './chooseReportableFilters.ts';
import { isoWeekRange } from './isoWeek.ts';
import { type LearnerStanding, NO_PATH, UNKNOWN_REGION } from './learnerStanding.ts';
import { planWorkforce, planWorkforceSteps } from './planWorkforce.ts';
import { suppressLinkedCells } from './suppressLinkedCells.ts';
import { testCurriculum } from './testCurriculum.ts';

const REGIONS = [...testCurriculum.regions.map((r) => r.id), UNKNOWN_REGION];
const PATHS = [...testCurriculum.paths.map((p) => p.id), NO_PATH];
const WEEKS = Array.from({ length: 12 }, (_, i) => `2026-W${String(10 + i).padStart(2, '0')}`);
const levels = fc.record({ mapping: fc.integer({ min: 0, max: 4 }), value: fc.integer({ min: 0, max: 4 }) });

/** A learner active in some of twelve weeks: most learners differ from all others, as in a real workforce. */
const standing = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    path: fc.constantFrom(...PATHS),
    history: fc
      .subarray(WEEKS)
      .chain((weeks) => fc.tuple(...weeks.map((week) => fc.record({ week: fc.constant(week), levels })))),
    funnel: fc.record({
      assessed: fc.boolean(),
      planned: fc.boolean(),
      completedModule: fc.boolean(),
      completedJourney: fc.boolean(),
    }),
    levels,
  })
  .map((l): LearnerStanding => ({ ...l, history: [...l.history], levels: l.history.at(-1)?.levels ?? l.levels }));

/** Populations mixing repeated profiles (large shown cells) with many one-off learners (small classes to merge). */
const population = fc
  .tuple(
    fc.array(fc.tuple(standing, fc.integer({ min: 1, max: 15 })), { maxLength: 6 }),
    fc.array(standing, { maxLength: 80 }),
  )
  .map(([groups, singles]) => [...groups.flatMap(([l, n]) => Array.from({ length: n }, () => l)), ...singles]);

describe('planWorkforce, optimised', () => {
  it('publishes exactly the figures and suppressions of the unoptimised plan, on random populations', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 2, max: 8 }), (all, minGroup) => {
        expect(planWorkforce(all, testCurriculum, minGroup)).toEqual(unoptimisedPlan(all, testCurriculum, minGroup));
      }),
      { numRuns: 100 },
    );
  });
});

describe('suppressLinkedCells, optimised', () => {
  const filters = [
    { blocks: [0, 1, 2, 3] },
    { blocks: [0, 1] },
    { blocks: [2, 3] },
    { blocks: [0, 2] },
    { blocks: [1, 3] },
    ...[0, 1, 2, 3].map((b) => ({ blocks: [b] })),
  ];
  const tables = fc.integer({ min: 1, max: 6 }).chain((times) =>
    fc.record({
      rows: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 3 }),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: times, maxLength: times }),
          fc.integer({ min: 1, max: 6 }),
        ),
        { minLength: 1, maxLength: 60 },
      ),
      times: fc.constant(times),
      // Time points from here on are coarse (hidden last); `times` means none is.
      coarseFrom: fc.integer({ min: 1, max: times }),
    }),
  );

  it('hides exactly the cells the unoptimised suppression hides, for any linked tables (fine and coarse) and chosen filters', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 2, max: 6 }), ({ rows, times, coarseFrom }, minGroup) => {
        const learners = rows.flatMap(([block, answers, n]) => Array.from({ length: n }, () => ({ block, answers })));
        const blockSizes = [0, 1, 2, 3].map((b) => learners.filter((l) => l.block === b).length);
        const shown = chooseReportableFilters(blockSizes, filters, minGroup);
        const input = {
          blocks: learners.map((l) => l.block),
          answers: learners.map((l) => l.answers),
          times,
          values: 4,
          coarseFrom,
        };
        expect(suppressLinkedCells(input, filters, shown, minGroup)).toEqual(
          unoptimisedSuppression(input, filters, shown, minGroup),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('planWorkforce, in time', () => {
  // The bench's workforce (tests/bench/workforceBench.ts): 15 competencies; each learner starts in one
  // of ten weeks, is active for 20, and their levels rise as they go, so nearly every history differs.
  const curriculum = {
    ...generatePlannerCurriculum({ seed: 7, modules: 100, competencies: 15 }),
    regions: [
      { id: 'global', name: 'Global' },
      { id: 'emerging', name: 'Emerging' },
    ],
  };
  const weeks = isoWeekRange('2026-W02', '2026-W31');
  const rnd = random(15);
  const learners = (count: number) =>
    Array.from({ length: count }, (_, i): LearnerStanding => {
      const levels: Record<string, number> = Object.fromEntries(
        curriculum.competencies.map((c) => [c.id, Math.floor(rnd() * 3)]),
      );
      const start = Math.floor(rnd() * 10);
      const history = weeks.slice(start, start + 20).map((week) => {
        const c = curriculum.competencies[Math.floor(rnd() * curriculum.competencies.length)]!.id;
        if (rnd() < 0.3) levels[c] = Math.min(4, levels[c]! + 1);
        return { week, levels: { ...levels } };
      });
      return {
        region: ['global', 'emerging', 'elsewhere'][i % 3]!,
        path: curriculum.paths[i % curriculum.paths.length]!.id,
        levels,
        history,
        funnel: { assessed: true, planned: i % 2 === 0, completedModule: i % 3 === 0, completedJourney: false },
      };
    });
  /** The time of each step of planning, in ms, one run. */
  const stepTimes = (all: readonly LearnerStanding[]) => {
    const steps = planWorkforceSteps(all, curriculum, 5);
    const times: number[] = [];
    for (;;) {
      const started = performance.now();
      const step = steps.next();
      times.push(performance.now() - started);
      if (step.done) return times;
    }
  };

  // The whole plan's time is a budget of `npm run bench` (tests/bench/workforceBench.ts), not a test.
  // Each step is timed by the wall clock, finely, and its time is the least of three runs (planning is
  // deterministic, so the steps line up): a busy machine would have to take the CPU away during the same
  // step in all three runs to make it look long. (Thread CPU time counts in 4 ms ticks here, too coarse.)
  it('never works more than a few milliseconds between steps, however many learners', () => {
    const all = learners(2000);
    stepTimes(all);
    const runs = [0, 1, 2].map(() => stepTimes(all));
    const longest = Math.max(...runs[0]!.map((_, i) => Math.min(...runs.map((r) => r[i]!))));
    // The whole plan of 2,000 learners takes hundreds of milliseconds; a step takes 5–7 on a quiet machine,
    // and up to about 10 beside the rest of the suite in CI, hence the bound's headroom.
    expect(longest).toBeLessThan(25);
  });
});
