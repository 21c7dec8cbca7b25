import { stringify } from 'csv-stringify/sync';
import type { CoverageAnalysis } from './analyseCoverage';

/** The CSV columns, in order: one row per competency × level. */
export const COVERAGE_CSV_COLUMNS = [
  'competency_id',
  'competency',
  'area',
  'level',
  'level_name',
  'target_level',
  'module_count',
  'module_ids',
  'path_ids',
  'minutes',
  'status',
] as const;

/**
 * The coverage matrix as CSV (RFC 4180, header row first): one row per competency and level of
 * the scale, lists separated by "; ", target 0 when the competency has none. Starts with a UTF-8
 * byte-order mark so spreadsheets read names such as "360°" correctly.
 */
export function coverageCsv(analysis: CoverageAnalysis): string {
  const levelName = new Map(analysis.levels.map((l) => [l.level, l.name] as const));
  const rows = analysis.competencies.flatMap((c) =>
    c.cells.map((cell) => [
      c.id,
      c.name,
      c.area,
      cell.level,
      levelName.get(cell.level) ?? '',
      c.target,
      cell.modules.length,
      cell.modules.join('; '),
      cell.paths.join('; '),
      cell.minutes,
      cell.status,
    ]),
  );
  return stringify(rows, { header: true, columns: [...COVERAGE_CSV_COLUMNS], record_delimiter: 'windows', bom: true });
}
