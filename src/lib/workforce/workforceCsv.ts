import { stringify } from 'csv-stringify/sync';
import type { LearnerCount, WorkforceReport } from './workforceReportSchema.ts';

/** The CSV columns, in order. */
export const WORKFORCE_CSV_COLUMNS = [
  'section',
  'region',
  'path',
  'competency_id',
  'competency',
  'week',
  'level',
  'level_name',
  'learners',
  'status',
  'note',
] as const;

/**
 * The workforce report as CSV (RFC 4180, header row, UTF-8 byte-order mark): the population, then
 * one row per competency × level (exact, then at or above), per competency × week × level, and per
 * funnel step. A hidden count leaves `learners` empty and `status` says why ("fewer-than-minimum",
 * "complementary", "population"); shown counts have status "shown".
 */
export function workforceCsv(report: WorkforceReport): string {
  const { region, path } = report.filter;
  const levelName = new Map(report.levels.map((l) => [l.level, l.name] as const));
  const nameOf = new Map(report.competencies.map((c) => [c.id, c.name] as const));
  const row = (
    section: string,
    count: LearnerCount,
    at: { competency?: string; week?: string; level?: number; note?: string } = {},
  ) => [
    section,
    region ?? 'all',
    path ?? 'all',
    at.competency ?? '',
    at.competency === undefined ? '' : (nameOf.get(at.competency) ?? ''),
    at.week ?? '',
    at.level ?? '',
    at.level === undefined ? '' : (levelName.get(at.level) ?? ''),
    count.count ?? '',
    count.suppressed ?? 'shown',
    at.note ?? '',
  ];
  const rows = [
    row('population', report.population, { note: report.reason ?? `minimum group size ${report.minGroup}` }),
    ...report.competencies.flatMap((c) =>
      c.cells.map((cell) => row('level', cell.learners, { competency: c.id, level: cell.level })),
    ),
    ...report.competencies.flatMap((c) =>
      c.cells.map((cell) => row('at_or_above', cell.atOrAbove, { competency: c.id, level: cell.level })),
    ),
    ...report.weekly.flatMap((w) =>
      w.rows.flatMap((r) =>
        r.levels.map((count, i) =>
          row('weekly', count, { competency: w.competency, week: r.week, level: report.levels[i]!.level }),
        ),
      ),
    ),
    ...report.funnel.map((step) => row('funnel', step.learners, { note: `${step.label}: ${step.definition}` })),
  ];
  return stringify(rows, { header: true, columns: [...WORKFORCE_CSV_COLUMNS], record_delimiter: 'windows', bom: true });
}
