import { describe, expect, it } from 'vitest';
import { buildWorkforceReport } from './buildWorkforceReport.ts';
import type { LearnerStanding } from './learnerStanding.ts';
import { testCurriculum } from './testCurriculum.ts';

const learner = (
  region: string,
  path: string,
  mapping: number,
  over: Partial<LearnerStanding> = {},
): LearnerStanding => ({
  region,
  path,
  levels: { mapping, value: 0 },
  history: [{ week: '2026-W10', levels: { mapping, value: 0 } }],
  funnel: { assessed: true, planned: true, completedModule: false, completedJourney: false },
  ...over,
});
const times = (n: number, make: () => LearnerStanding) => Array.from({ length: n }, make);
const counts = (report: ReturnType<typeof buildWorkforceReport>, competency: string) =>
  report.competencies.find((c) => c.id === competency)!.cells.map((c) => c.learners.count);

// 12 global on foundations, 10 emerging on foundations, 3 multi-payer with no path.
const population = [
  ...times(6, () => learner('global', 'foundations', 1)),
  ...times(6, () => learner('global', 'foundations', 2)),
  ...times(10, () => learner('emerging', 'foundations', 2)),
  ...times(3, () => learner('multi-payer', 'none', 3)),
];

describe('buildWorkforceReport', () => {
  it('counts learners per competency and level, hiding groups under the minimum and the nearest level with them', () => {
    const report = buildWorkforceReport(population, testCurriculum, {}, 5);
    expect(report.population).toEqual({ count: 25, suppressed: null });
    // mapping: 0 at level 0, 6 at 1, 16 at 2, 3 at 3 (hidden), so the nearest other level (2) is hidden too.
    expect(counts(report, 'mapping')).toEqual([0, 6, null, null, 0]);
    expect(report.competencies[0]!.cells.map((c) => c.learners.suppressed)).toEqual([
      null,
      null,
      'complementary',
      'fewer-than-minimum',
      null,
    ]);
    expect(counts(report, 'value')).toEqual([25, 0, 0, 0, 0]);
  });

  it('shows at-or-above figures only when the shown cells determine them', () => {
    const report = buildWorkforceReport(population, testCurriculum, {}, 5);
    // 2 or above (16 + 3) is all minus the 6 at level 1; 3 or above would give the hidden 3 away.
    expect(report.competencies[0]!.cells.map((c) => c.atOrAbove.count)).toEqual([25, 25, 19, null, 0]);
  });

  it('filters by region and path', () => {
    const spread = [
      ...times(6, () => learner('global', 'foundations', 1)),
      ...times(6, () => learner('global', 'foundations', 2)),
      ...times(10, () => learner('emerging', 'value-path', 2)),
      ...times(8, () => learner('unknown', 'none', 0)),
    ];
    const report = buildWorkforceReport(spread, testCurriculum, { region: 'global', path: 'foundations' }, 5);
    expect(report.population.count).toBe(12);
    expect(counts(report, 'mapping')).toEqual([0, 6, 6, 0, 0]);
  });

  it('hides everything, saying why, for a region with fewer learners than the minimum', () => {
    const report = buildWorkforceReport(population, testCurriculum, { region: 'multi-payer' }, 5);
    expect(report.population).toEqual({ count: null, suppressed: 'population' });
    expect(report.reason).toMatch(/^Multi-payer market has fewer than 5 learners/);
    expect(
      report.competencies.flatMap((c) => c.cells.map((cell) => cell.learners.count)).every((n) => n === null),
    ).toBe(true);
    expect(report.funnel.every((step) => step.learners.count === null)).toBe(true);
    expect(report.options.regions.find((r) => r.id === 'multi-payer')?.reportable).toBe(false);
  });

  it('hides a path whose absence would isolate a small path in the total', () => {
    // All paths (25) minus Foundations (22) would give the 3 learners with no path.
    const report = buildWorkforceReport(population, testCurriculum, { path: 'foundations' }, 5);
    expect(report.reason).toMatch(/^Foundations has fewer than 5 learners, or showing it would/);
  });

  it('also hides the smallest shown region when the hidden ones would be few enough to work out from the total', () => {
    // Without hiding "emerging" as well, all (25) minus global (12) minus emerging (10) would give multi-payer's 3.
    const report = buildWorkforceReport(population, testCurriculum, {}, 5);
    expect(report.options.regions.map((r) => [r.id, r.reportable])).toEqual([
      ['global', true],
      ['emerging', false],
      ['multi-payer', false],
      ['unknown', true],
    ]);
    expect(buildWorkforceReport(population, testCurriculum, { region: 'emerging' }, 5).reason).toMatch(/worked out/);
  });

  it('hides a region and path combination that would single out a small group within the region', () => {
    const mixed = [
      ...times(8, () => learner('global', 'foundations', 1)),
      ...times(2, () => learner('global', 'value-path', 1)),
      ...times(20, () => learner('emerging', 'foundations', 1)),
      ...times(10, () => learner('emerging', 'value-path', 1)),
    ];
    // Global (10) minus Foundations in Global (8) would give the 2 Global learners on the value path.
    expect(buildWorkforceReport(mixed, testCurriculum, { region: 'global', path: 'foundations' }, 5).reason).toMatch(
      /^Foundations in Global has fewer than 5 learners/,
    );
    expect(
      buildWorkforceReport(mixed, testCurriculum, { region: 'emerging', path: 'foundations' }, 5).population.count,
    ).toBe(20);
  });

  it('nests the funnel steps and hides a step reached by fewer than the minimum', () => {
    const funnelPopulation = [
      ...times(10, () =>
        learner('global', 'none', 1, {
          funnel: { assessed: true, planned: false, completedModule: true, completedJourney: false },
        }),
      ),
      ...times(8, () =>
        learner('global', 'none', 1, {
          funnel: { assessed: true, planned: true, completedModule: true, completedJourney: false },
        }),
      ),
      ...times(2, () =>
        learner('global', 'none', 1, {
          funnel: { assessed: true, planned: true, completedModule: true, completedJourney: true },
        }),
      ),
      ...times(6, () =>
        learner('global', 'none', 1, {
          funnel: { assessed: false, planned: true, completedModule: true, completedJourney: true },
        }),
      ),
    ];
    const report = buildWorkforceReport(funnelPopulation, testCurriculum, {}, 5);
    expect(report.funnel.map((s) => [s.step, s.learners.count])).toEqual([
      ['assessed', 20],
      ['planned', 10],
      ['completed-module', 10],
      ['completed-journey', null],
    ]);
  });

  it('gives the weekly distribution of every learner, carrying levels forward and counting those not yet active as "Not yet"', () => {
    const early = times(5, () =>
      learner('global', 'none', 2, {
        history: [
          { week: '2026-W09', levels: { mapping: 1, value: 0 } },
          { week: '2026-W11', levels: { mapping: 2, value: 0 } },
        ],
      }),
    );
    const late = times(5, () =>
      learner('global', 'none', 1, { history: [{ week: '2026-W11', levels: { mapping: 1, value: 0 } }] }),
    );
    const report = buildWorkforceReport([...early, ...late], testCurriculum, {}, 5);
    expect(report.weeks).toEqual(['2026-W09', '2026-W10', '2026-W11']);
    const mapping = report.weekly.find((w) => w.competency === 'mapping')!;
    expect(mapping.rows.map((r) => [r.week, r.learners.count, r.levels.map((l) => l.count)])).toEqual([
      ['2026-W09', 10, [5, 5, 0, 0, 0]],
      ['2026-W10', 10, [5, 5, 0, 0, 0]],
      ['2026-W11', 10, [0, 5, 5, 0, 0]],
    ]);
  });

  it('at 8 learners, shows at a coarser grain (levels merged, months, all competencies together) what the fine grain hides', () => {
    // 4 at mapping level 0 and 4 at level 1: every fine mapping cell holds fewer than 5; all 8 are below the target of 2.
    const eight = [
      ...times(4, () => learner('global', 'foundations', 0)),
      ...times(4, () => learner('global', 'foundations', 1)),
    ];
    const report = buildWorkforceReport(eight, testCurriculum, {}, 5);
    expect(counts(report, 'mapping')).toEqual([null, null, 0, 0, 0]);
    const shown = (n: number) => ({ count: n, suppressed: null });
    expect(report.coarse.suggested).toBe(false); // mapping's two cells of ten are hidden: the fine grain is still mostly shown
    expect(report.coarse.months).toEqual(['2026-03']);
    const mapping = report.coarse.competencies.find((c) => c.id === 'mapping')!;
    expect(mapping.target).toBe(2);
    expect(mapping.now).toEqual({ below: shown(8), atOrAbove: shown(0) });
    expect(mapping.monthly).toEqual([{ below: shown(8), atOrAbove: shown(0) }]);
    // "value" has no target in the model: at or above its first level; nobody is.
    expect(report.coarse.overall.now).toEqual({ none: shown(8), some: shown(0), all: shown(0) });
  });

  it('suggests the coarse grain when most fine figures are hidden', () => {
    // Levels 0 … 4 of both competencies spread over 9 learners: no fine cell reaches 5.
    const spread = [0, 1, 2, 3, 4, 0, 1, 2, 3].map((level) =>
      learner('global', 'foundations', level, {
        levels: { mapping: level, value: level },
        history: [{ week: '2026-W10', levels: { mapping: level, value: level } }],
      }),
    );
    const report = buildWorkforceReport(spread, testCurriculum, {}, 5);
    expect(report.coarse.suggested).toBe(true);
    // value (target 1): 2 below, 7 at or above; mapping (target 2): 4 below, 5 at or above: each has a side under 5.
    expect(report.coarse.competencies.map((c) => c.now.atOrAbove.count)).toEqual([null, null]);
  });

  it('hides every coarse figure too, saying so, when the population is too small', () => {
    const two = times(2, () => learner('global', 'foundations', 1));
    const report = buildWorkforceReport(two, testCurriculum, {}, 5);
    expect(report.coarse.competencies[0]!.now.below).toEqual({ count: null, suppressed: 'population' });
    expect(report.coarse.overall.now.none).toEqual({ count: null, suppressed: 'population' });
  });
});
