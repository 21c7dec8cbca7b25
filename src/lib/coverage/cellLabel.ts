import type { CoverageAnalysis, CoverageCell } from './analyseCoverage';

/** A cell's name for people: "Stakeholder mapping, level 3 Proficient". */
export function cellLabel(analysis: CoverageAnalysis, cell: Pick<CoverageCell, 'competency' | 'level'>): string {
  const name = analysis.competencies.find((c) => c.id === cell.competency)?.name ?? cell.competency;
  const level = analysis.levels.find((l) => l.level === cell.level)?.name;
  return `${name}, level ${cell.level}${level ? ` ${level}` : ''}`;
}
