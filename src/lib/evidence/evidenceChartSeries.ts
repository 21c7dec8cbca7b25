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

/** A programme event on a cohort's curve: at the month since that cohort started in which it fell. */
export interface CohortEventMark {
  series: string;
  x: number;
  /** The cohort's share at that month, where the mark sits on its curve. */
  share: number;
  date: string;
  label: string;
}

/** Whole months from `from` to `to` (both `YYYY-MM`). */
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * The points the cohort, reach, adoption and stalls charts of the evidence page draw, from the report's shown figures only: a hidden
 * count or share is left out of the chart (its table says why), never drawn as 0. Programme events are marked on each
 * cohort's curve at the month since that cohort started in which they fell (an event before a cohort started, after
 * its curve ends, or at a month whose share is hidden, is not on its curve): the cohort chart's axis is months since start, so one event sits at a different
 * month on each curve.
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
  const stalls: Bar[] = report.adoption.stalls.flatMap((s) =>
    s.learners.count === null || s.learners.count === 0
      ? []
      : [{ group: 'stalled', category: s.name, learners: s.learners.count }],
  );
  const cohortEvents: CohortEventMark[] = report.events.flatMap((e) =>
    report.cohorts.flatMap((c) => {
      const age = monthsBetween(c.month, e.date.slice(0, 7));
      const point = c.curve[age];
      return age < 0 || point === undefined || point.oneModule === null
        ? []
        : [{ series: c.month, x: age, share: point.oneModule, date: e.date, label: e.label }];
    }),
  );
  return { cohorts, reach, adoption, stalls, cohortEvents };
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
