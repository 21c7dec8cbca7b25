import { stringify } from 'csv-stringify/sync';
import type { LearnerCount, WorkforceReport } from './workforceReportSchema.ts';

/** The CSV columns, in order. */
export const WORKFORCE_CSV_COLUMNS = [
  'section',
  'region',
  'path',
  'competency_id',
  'competency',
  'period',
  'level',
  'level_name',
  'learners',
  'status',
  'note',
] as const;

/**
 * The workforce report as CSV (RFC 4180, header row, UTF-8 byte-order mark): the population (its
 * note names the filters and the minimum group size), then one row per competency × level (exact,
 * then at or above), per competency × week × level, per funnel step, and the coarse grain the page
 * shows: per competency, levels merged (below its target, at or above it) at each month's end then
 * now, and all competencies together (at target in none, some or all). `period` is the ISO week or
 * the month; empty means now. A hidden count leaves `learners` empty and `status` says why
 * ("fewer-than-minimum", "complementary", "population"); shown counts have status "shown".
 */
export function workforceCsv(report: WorkforceReport): string {
  const { region, path } = report.filter;
  const levelName = new Map(report.levels.map((l) => [l.level, l.name] as const));
  const nameOf = new Map(report.competencies.map((c) => [c.id, c.name] as const));
  const { months } = report.coarse;
  const row = (
    section: string,
    count: LearnerCount,
    at: { competency?: string; period?: string; level?: number; levelName?: string; note?: string } = {},
  ) => [
    section,
    region ?? 'all',
    path ?? 'all',
    at.competency ?? '',
    at.competency === undefined ? '' : (nameOf.get(at.competency) ?? ''),
    at.period ?? '',
    at.level ?? '',
    at.levelName ?? (at.level === undefined ? '' : (levelName.get(at.level) ?? '')),
    count.count ?? '',
    count.suppressed ?? 'shown',
    at.note ?? '',
  ];
  const rows = [
    row('population', report.population, {
      note: [
        `filters: region ${region ?? 'all'}, path ${path ?? 'all'}`,
        `minimum group size ${report.minGroup}`,
        ...(report.reason === null ? [] : [report.reason]),
      ].join('; '),
    }),
    ...report.competencies.flatMap((c) =>
      c.cells.map((cell) => row('level', cell.learners, { competency: c.id, level: cell.level })),
    ),
    ...report.competencies.flatMap((c) =>
      c.cells.map((cell) => row('at_or_above', cell.atOrAbove, { competency: c.id, level: cell.level })),
    ),
    ...report.weekly.flatMap((w) =>
      w.rows.flatMap((r) =>
        r.levels.map((count, i) =>
          row('weekly', count, { competency: w.competency, period: r.week, level: report.levels[i]!.level }),
        ),
      ),
    ),
    ...report.funnel.map((step) => row('funnel', step.learners, { note: `${step.label}: ${step.definition}` })),
    ...report.coarse.competencies.flatMap((c) =>
      [...c.monthly, c.now].flatMap((cells, m) =>
        (['below', 'atOrAbove'] as const).map((side) =>
          row('levels_merged', cells[side], {
            competency: c.id,
            period: months[m] ?? '',
            level: c.target,
            levelName: side === 'below' ? 'below target' : 'at or above target',
            note: `target ${c.target} (${levelName.get(c.target) ?? ''})`,
          }),
        ),
      ),
    ),
    ...[...report.coarse.overall.monthly, report.coarse.overall.now].flatMap((cells, m) =>
      (['none', 'some', 'all'] as const).map((share) =>
        row('all_competencies', cells[share], { period: months[m] ?? '', levelName: `at target in ${share}` }),
      ),
    ),
  ];
  return stringify(rows, { header: true, columns: [...WORKFORCE_CSV_COLUMNS], record_delimiter: 'windows', bom: true });
}
