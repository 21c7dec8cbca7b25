import type { CoverageAnalysis, CoverageCell } from './analyseCoverage';
import { cellLabel } from './cellLabel';

/** The words a heatmap cell shows under its count; they also appear, in order, in its accessible name. */
export function cellWords(cell: CoverageCell): string {
  if (cell.status === 'gap') return cell.targeted ? 'modules, GAP' : 'modules, gap';
  return cell.status === 'thin' ? 'module, thin' : 'modules';
}

/**
 * A cell in one sentence, used as the accessible name of heatmap cells: "Stakeholder mapping,
 * level 3 Proficient: 2 modules", then whether it is thin or a gap, and how severe the gap is.
 * The count and words the cell shows appear in it as they are written, so speech input finds them.
 */
export function cellSummary(analysis: CoverageAnalysis, cell: CoverageCell): string {
  const n = cell.modules.length;
  const note =
    cell.status === 'gap'
      ? cell.targeted
        ? ', gap at or below the target level'
        : ', gap above the target level'
      : cell.status === 'thin'
        ? ', thin: a single point of failure'
        : '';
  return `${cellLabel(analysis, cell)}: ${n} ${n === 1 ? 'module' : 'modules'}${note}`;
}
