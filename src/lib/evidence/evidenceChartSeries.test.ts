import { describe, expect, it } from 'vitest';
import { buildEvidenceReport } from './buildEvidenceReport.ts';
import { evidenceChartSeries, latestShares } from './evidenceChartSeries.ts';
import { evidenceCurriculum, SEEDED_AS_OF, SEEDED_EVENTS, seededPopulation } from './seededPopulation.ts';

const report = buildEvidenceReport(seededPopulation(), evidenceCurriculum, {
  filter: {},
  minGroup: 5,
  asOf: SEEDED_AS_OF,
  events: SEEDED_EVENTS,
});

describe('evidenceChartSeries', () => {
  const series = evidenceChartSeries(report);

  it('draws a bar for each shown count and none for a hidden one (never a bar of 0)', () => {
    const enrolled = report.reach.enrolled.map((c, i) =>
      i === 0 ? { count: null, suppressed: 'fewer-than-minimum' as const } : c,
    );
    const hiding = evidenceChartSeries({ ...report, reach: { ...report.reach, enrolled } });
    expect(hiding.reach.map((b) => b.category)).toEqual(report.reach.functions.slice(1).map((f) => f.name));
    expect(series.reach[0]).toEqual({
      group: 'enrolled',
      category: report.reach.functions[0]!.name,
      learners: report.reach.enrolled[0]!.count,
    });
    expect(series.adoption).toEqual([
      { group: 'all', category: 'invited', learners: report.adoption.invited.count },
      { group: 'all', category: 'enrolled', learners: report.adoption.enrolled.count },
      { group: 'all', category: 'active', learners: report.adoption.active.count },
    ]);
  });

  it('draws each cohort’s curve through its shown shares only', () => {
    const shown = report.cohorts.flatMap((c) => c.curve.filter((p) => p.oneModule !== null));
    expect(series.cohorts).toHaveLength(shown.length);
    expect(series.cohorts.every((p) => p.share >= 0 && p.share <= 1)).toBe(true);
  });

  it('finds the latest shown point of each series, months since starting compared as numbers', () => {
    const latest = latestShares([
      { series: 'a', x: 2, share: 0.2 },
      { series: 'a', x: 10, share: 0.5 },
      { series: 'b', x: '2026-01', share: 0.1 },
    ]);
    expect(latest.get('a')).toEqual({ series: 'a', x: 10, share: 0.5 });
    expect(latest.get('b')?.share).toBe(0.1);
  });

  it('draws a bar for each module at which shown learners stop, in journey order, none for a hidden or empty count', () => {
    const shown = report.adoption.stalls.filter((s) => s.learners.count !== null && s.learners.count > 0);
    expect(shown.length).toBeGreaterThan(1);
    expect(series.stalls).toEqual(
      shown.map((s) => ({ group: 'stalled', category: s.name, learners: s.learners.count })),
    );
    const stalls = report.adoption.stalls.map((s, i) =>
      i === 0 ? { ...s, learners: { count: null, suppressed: 'fewer-than-minimum' as const } } : s,
    );
    const hiding = evidenceChartSeries({ ...report, adoption: { ...report.adoption, stalls } });
    expect(hiding.stalls.map((b) => b.category)).not.toContain(report.adoption.stalls[0]!.name);
  });

  it('marks each programme event on each cohort curve at the month since that cohort started in which it fell', () => {
    const spring = series.cohortEvents.filter((m) => m.label === 'Spring campaign');
    // 2026-03-10: month 8 of the 2025-07 cohort … month 0 of the 2026-03 cohort; later cohorts had not started,
    // and a cohort whose share that month is hidden has no mark (the chart draws no point there).
    const ageOf = (month: string) => (2026 - Number(month.slice(0, 4))) * 12 + 3 - Number(month.slice(5, 7));
    const drawn = report.cohorts.filter((c) => c.month <= '2026-03' && c.curve[ageOf(c.month)]?.oneModule != null);
    expect(drawn.length).toBeGreaterThan(1);
    const cohorts = report.cohorts.map((c) =>
      c.month === drawn[1]!.month
        ? { ...c, curve: c.curve.map((p) => (p.age === ageOf(c.month) ? { ...p, oneModule: null } : p)) }
        : c,
    );
    const hiding = evidenceChartSeries({ ...report, cohorts }).cohortEvents.filter(
      (m) => m.label === 'Spring campaign',
    );
    expect(hiding.map((m) => m.series)).toEqual(drawn.filter((_, i) => i !== 1).map((c) => c.month));
    expect(spring.map((m) => [m.series, m.x])).toEqual(drawn.map((c) => [c.month, ageOf(c.month)]));
    const july = report.cohorts.find((c) => c.month === '2025-07')!;
    expect(spring[0]).toEqual({
      series: '2025-07',
      x: 8,
      share: july.curve[8]!.oneModule,
      date: '2026-03-10',
      label: 'Spring campaign',
    });
    // Only the report's months' events are on it, and none outside a curve.
    expect(series.cohortEvents.some((m) => m.label === 'Launch' || m.label === 'Curriculum 2')).toBe(false);
  });
});
