import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { LearnerCount } from '../workforce/workforceReportSchema.ts';
import type { EvidenceReport } from './evidenceReportSchema.ts';

/** The charts of the evidence page, each with its own CSV. */
export const evidenceChartSchema = z.enum(['growth', 'reach', 'adoption', 'at-target', 'stalls', 'cohorts']);
export type EvidenceChart = z.infer<typeof evidenceChartSchema>;

/** The CSV columns, in order: every row names the report's date, filters and minimum group size. */
export const EVIDENCE_CSV_COLUMNS = [
  'chart',
  'as_of',
  'region',
  'path',
  'min_group',
  'series',
  'category',
  'period',
  'learners',
  'share',
  'status',
] as const;

/** The file name of a chart's CSV: the chart, the filters and the date, e.g. `evidence-growth-emerging-all-2026-06-30.csv`. */
export const evidenceCsvName = (report: EvidenceReport, chart: EvidenceChart) =>
  `evidence-${chart}-${report.filter.region ?? 'all'}-${report.filter.path ?? 'all'}-${report.asOf}.csv`;

/**
 * One chart of the evidence report as CSV (RFC 4180, header row, UTF-8 byte-order mark), in long
 * form: a row per series, category and period. A hidden count leaves `learners` empty and `status`
 * says why ("fewer-than-minimum", "complementary", "population"), never 0.
 */
export function evidenceCsv(report: EvidenceReport, chart: EvidenceChart): string {
  const base = [chart, report.asOf, report.filter.region ?? 'all', report.filter.path ?? 'all', report.minGroup];
  const row = (series: string, category: string, period: string, count: LearnerCount | null, share?: number | null) => [
    ...base,
    series,
    category,
    period,
    count?.count ?? '',
    share ?? '',
    count === null ? (share === null ? 'complementary' : 'shown') : (count.suppressed ?? 'shown'),
  ];
  const level = (l: number) => report.levels.find((x) => x.level === l)?.name ?? String(l);
  const top = report.levels.length - 1;
  const rows: unknown[][] = [row('all learners', 'population', '', report.population)];
  if (chart === 'growth')
    for (const g of report.growth) {
      rows.push(row(g.name, 'paired', '', g.paired), row(g.name, 'moved up', '', null, g.shareMovedUp));
      for (const [l, c] of g.before.entries()) rows.push(row(g.name, `before: ${level(l)}`, '', c));
      for (const [l, c] of g.after.entries()) rows.push(row(g.name, `after: ${level(l)}`, '', c));
      for (const [i, c] of g.gained.entries()) rows.push(row(g.name, `levels gained: ${i - top}`, '', c));
      for (const [b, c] of g.daysToTarget.entries())
        rows.push(row(g.name, `days to target: ${report.daysBands[b]}`, '', c));
    }
  if (chart === 'reach')
    report.reach.functions.forEach((fn, i) => {
      rows.push(row(fn.name, 'enrolled', '', report.reach.enrolled[i]!));
      for (const c of report.reach.competencies) rows.push(row(fn.name, `competency: ${c.name}`, '', c.functions[i]!));
      for (const m of report.reach.modules) rows.push(row(fn.name, `module: ${m.name}`, '', m.functions[i]!));
    });
  if (chart === 'adoption') {
    const { adoption } = report;
    for (const who of [{ name: 'all learners', ...adoption }, ...adoption.byFunction])
      for (const step of ['invited', 'enrolled', 'active'] as const) rows.push(row(who.name, step, '', who[step]));
    for (const b of adoption.hoursBands) rows.push(row('all learners', `hours: ${b.band}`, '', b.learners));
    // The population a lead entered and the shares of it reached, where one applies.
    const { reachOfPopulation: reached } = report;
    for (const who of [{ name: 'all learners', ...reached }, ...reached.byFunction]) {
      if (who.size === null) continue;
      rows.push(row(who.name, 'population entered', '', { count: who.size, suppressed: null }));
      for (const step of ['invited', 'enrolled', 'active'] as const)
        rows.push(row(who.name, `${step} of population`, '', null, who[step]));
    }
  }
  if (chart === 'at-target')
    for (const c of report.adoption.atTarget)
      for (const m of c.monthly)
        rows.push(
          row(c.name, 'started', m.month, m.started),
          row(c.name, 'at or above target', m.month, m.atOrAbove, m.share),
        );
  if (chart === 'stalls')
    for (const s of report.adoption.stalls) rows.push(row('stalled learners', `after: ${s.name}`, '', s.learners));
  if (chart === 'cohorts')
    for (const c of report.cohorts) {
      rows.push(row(`started ${c.month}`, 'learners', '', c.learners));
      for (const p of c.curve)
        rows.push(
          row(`started ${c.month}`, 'completed a module', `month ${p.age}`, null, p.oneModule),
          row(`started ${c.month}`, 'completed three modules', `month ${p.age}`, null, p.threeModules),
        );
    }
  return stringify(rows, { header: true, columns: [...EVIDENCE_CSV_COLUMNS], record_delimiter: 'windows', bom: true });
}
