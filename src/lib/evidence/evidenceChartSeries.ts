import type { EvidenceReport } from './evidenceReportSchema.ts';

/** A point of a line chart: the series it belongs to, where it sits and its share (0 … 1). */
export interface LinePoint {
  series: string;
  x: string | number;
  share: number;
}

/** A bar: its group, its category and the learners it counts (shown counts only). */
export interface Bar {
  group: string;
  category: string;
  learners: number;
}

/**
 * The points the cohort, reach and adoption charts of the evidence page draw, from the report's shown figures only: a hidden
 * count or share is left out of the chart (its table says why), never drawn as 0.
 */
export function evidenceChartSeries(report: EvidenceReport) {
  const cohorts: LinePoint[] = report.cohorts.flatMap((c) =>
    c.curve.flatMap((p) => (p.oneModule === null ? [] : [{ series: c.month, x: p.age, share: p.oneModule }])),
  );
  const reach: Bar[] = report.reach.functions.flatMap((f, i) => {
    const count = report.reach.enrolled[i]?.count ?? null;
    return count === null ? [] : [{ group: 'enrolled', category: f.name, learners: count }];
  });
  const adoption: Bar[] = (['invited', 'enrolled', 'active'] as const).flatMap((step) => {
    const count = report.adoption[step].count;
    return count === null ? [] : [{ group: 'all', category: step, learners: count }];
  });
  return { cohorts, reach, adoption };
}
export type EvidenceChartSeries = ReturnType<typeof evidenceChartSeries>;

/** The latest shown share per series of a line chart, e.g. to say where each competency stands now. */
export function latestShares(points: readonly LinePoint[]): Map<string, LinePoint> {
  const latest = new Map<string, LinePoint>();
  for (const p of points) {
    const seen = latest.get(p.series);
    if (seen === undefined || String(p.x).localeCompare(String(seen.x), undefined, { numeric: true }) > 0)
      latest.set(p.series, p);
  }
  return latest;
}
