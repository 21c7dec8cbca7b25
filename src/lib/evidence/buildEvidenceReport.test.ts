import { describe, expect, it } from 'vitest';
import { buildEvidenceReport } from './buildEvidenceReport.ts';
import { evidenceReportSchema } from './evidenceReportSchema.ts';
import { evidenceCurriculum, SEEDED_AS_OF, SEEDED_EVENTS, SMALL_GROUP, seededPopulation } from './seededPopulation.ts';

const MIN = 5;
const report = (filter = {}, all = seededPopulation()) =>
  buildEvidenceReport(all, evidenceCurriculum, { filter, minGroup: MIN, asOf: SEEDED_AS_OF, events: SEEDED_EVENTS });
const counts = (cells: ReadonlyArray<{ count: number | null }>) => cells.map((c) => c.count);
const byId = <T extends { id: string | null }>(rows: readonly T[], id: string) => rows.find((r) => r.id === id)!;

describe('buildEvidenceReport over the seeded population (235 learners, 12 months)', () => {
  const all = report();

  it('answers in the shape the API promises, over twelve months up to the report date', () => {
    expect(evidenceReportSchema.parse(all)).toEqual(all);
    expect(all.population).toEqual({ count: 235, suppressed: null });
    expect(all.months).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });

  it('pairs each learner’s first and latest self-assessment: levels before and after, moved up, median gained', () => {
    const mapping = byId(all.growth, 'mapping');
    expect(mapping.paired.count).toBe(140);
    expect(counts(mapping.before)).toEqual([40, 60, 40, 0, 0]);
    expect(counts(mapping.after)).toEqual([20, 40, 60, 20, 0]);
    expect(counts(mapping.gained)).toEqual([0, 0, 0, 0, 80, 40, 20, 0, 0]);
    expect(mapping.shareMovedUp).toBeCloseTo(60 / 140, 12);
    expect(mapping.medianGained).toBe(0);
    const value = byId(all.growth, 'value');
    expect(counts(value.before)).toEqual([80, 60, 0, 0, 0]);
    expect(counts(value.after)).toEqual([20, 60, 40, 20, 0]);
    expect(value.shareMovedUp).toBeCloseTo(100 / 140, 12);
    expect(value.medianGained).toBe(1);
  });

  it('counts the days from the first self-assessment to the first at target, in bands, with the median band', () => {
    const mapping = byId(all.growth, 'mapping');
    expect(mapping.target).toBe(2);
    // P5 and P10 start at target; P1 (62 days) and P7 (59 days) reach it; P2, P3, P8 not yet.
    expect(counts(mapping.daysToTarget)).toEqual([40, 0, 40, 0, 0, 60]);
    expect(mapping.medianDaysBand).toBe('31 to 90 days');
    // Value's target is the first level: P1 in 62 days, P2 in 153, P5 in 92; P10 not yet.
    expect(counts(byId(all.growth, 'value').daysToTarget)).toEqual([60, 0, 20, 40, 0, 20]);
  });

  it('shows growth by region and by path', () => {
    expect(byId(report({ region: 'global' }).growth, 'mapping').shareMovedUp).toBe(0.75);
    expect(byId(report({ region: 'emerging' }).growth, 'mapping').shareMovedUp).toBe(0);
    const foundations = byId(report({ path: 'foundations' }).growth, 'mapping');
    expect(foundations.paired.count).toBe(60);
    expect(foundations.shareMovedUp).toBeCloseTo(2 / 3, 12);
  });

  it('shows which functions take part in which competencies and modules, and the modules shared by functions', () => {
    expect(all.reach.functions.map((f) => f.id)).toEqual([
      'kam',
      'sales',
      'medical',
      'market-access',
      'marketing',
      'heor',
      'service',
      'unstated',
    ]);
    expect(counts(all.reach.enrolled)).toEqual([40, 55, 40, 20, 20, 0, 20, 20]);
    expect(counts(byId(all.reach.competencies, 'mapping').functions)).toEqual([40, 20, 20, 0, 20, 0, 20, 20]);
    expect(counts(byId(all.reach.competencies, 'value').functions)).toEqual([0, 0, 20, 0, 20, 0, 20, 0]);
    expect(all.reach.modules.map((m) => [m.id, m.functionsTakingPart])).toEqual([
      ['map-basics', 5],
      ['map-deeper', 3],
      ['value-case', 3],
    ]);
    expect(all.reach.sharedModules).toBe(3);
  });

  it('counts invited, enrolled and active learners, overall and per function, and the hours of learning', () => {
    const { adoption } = all;
    expect([adoption.invited.count, adoption.enrolled.count, adoption.active.count]).toEqual([235, 215, 115]);
    expect(adoption.byFunction.map((f) => [f.id, f.invited.count, f.enrolled.count, f.active.count])).toEqual([
      ['kam', 60, 40, 0],
      ['sales', 55, 55, 35],
      ['medical', 40, 40, 20],
      ['market-access', 20, 20, 0],
      ['marketing', 20, 20, 20],
      ['heor', 0, 0, 0],
      ['service', 20, 20, 20],
      ['unstated', 20, 20, 20],
    ]);
    expect(adoption.hours).toBe(763.75);
    expect(adoption.hoursBands.map((b) => b.learners.count)).toEqual([40, 35, 100, 40, 20]);
  });

  it('follows the share at or above target per competency month by month', () => {
    const mapping = byId(all.adoption.atTarget, 'mapping');
    expect(counts(mapping.monthly.map((m) => m.started))).toEqual([
      20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 200, 215,
    ]);
    expect(counts(mapping.monthly.map((m) => m.atOrAbove))).toEqual([0, 20, 20, 20, 40, 40, 40, 60, 60, 80, 80, 80]);
    expect(mapping.monthly[1]!.share).toBe(0.5);
    const value = byId(all.adoption.atTarget, 'value').monthly.at(-1)!;
    expect([value.started.count, value.atOrAbove.count]).toEqual([215, 120]);
  });

  it('finds where journeys stall: inactive for 30 days with the journey unfinished, by the last module completed', () => {
    expect(all.adoption.stalls.map((s) => [s.id, s.learners.count])).toEqual([
      [null, 40],
      ['map-basics', 20],
    ]);
  });

  it('groups learners by the month they started, with the share who completed one and three modules since', () => {
    const july = all.cohorts[0]!;
    expect(july.learners.count).toBe(20);
    expect(july.curve).toHaveLength(12);
    expect(july.curve.every((p) => p.oneModule === 1 && p.threeModules === 0)).toBe(true);
    const january = all.cohorts.find((c) => c.month === '2026-01')!;
    expect(january.curve.map((p) => [p.oneModule, p.threeModules])).toEqual([
      [1, 0],
      [1, 0],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(all.cohorts.find((c) => c.month === '2025-10')!.curve.every((p) => p.oneModule === 0)).toBe(true);
    const may = all.cohorts.find((c) => c.month === '2026-05')!;
    expect([may.learners.count, may.curve[0]!.oneModule]).toEqual([0, null]);
  });

  it('keeps the programme events that fall within the months, in date order', () => {
    expect(all.events.map((e) => e.label)).toEqual(['Relaunch with new paths', 'Spring campaign']);
  });
});

describe('buildEvidenceReport and a group below the minimum', () => {
  const withSmall = [...seededPopulation(), SMALL_GROUP, SMALL_GROUP, SMALL_GROUP];

  it('withholds the three learners’ region, saying why, and shows its figures as hidden, never as zero', () => {
    const region = report({ region: 'multi-payer' }, withSmall);
    expect(region.population).toEqual({ count: null, suppressed: 'population' });
    expect(region.reason).toMatch(/fewer than 5 learners/);
    expect(region.options.regions.find((r) => r.id === 'multi-payer')!.reportable).toBe(false);
    expect(byId(region.growth, 'mapping').paired.count).toBeNull();
    expect(region.adoption.hours).toBeNull();
  });

  it('hides their function’s counts in the whole population rather than showing 3', () => {
    const all = report({}, withSmall);
    expect(all.population.count).toBe(238);
    const heor = byId(all.adoption.byFunction, 'heor');
    expect([heor.invited.count, heor.enrolled.count, heor.active.count]).toEqual([null, null, null]);
    expect(all.reach.enrolled[5]).toEqual({ count: null, suppressed: 'fewer-than-minimum' });
  });
});
