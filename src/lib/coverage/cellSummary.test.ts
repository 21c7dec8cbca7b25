import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { analyseCoverage } from './analyseCoverage';
import { cellSummary, cellWords } from './cellSummary';

describe('cellSummary', () => {
  const curriculum = testCurriculum();
  curriculum.competencies[0]!.name = 'Stakeholder mapping';
  curriculum.modules.push({ ...curriculum.modules[0]!, id: 'intro-two', title: 'intro two' });
  const analysis = analyseCoverage({
    ...curriculum,
    models: [{ ...curriculum.models[0]!, defaultTargets: [{ competency: 'value', level: 1 }] }],
  });
  const mapping = analysis.competencies.find((c) => c.id === 'mapping');
  const value = analysis.competencies.find((c) => c.id === 'value');

  it('names the competency, the level and the module count', () => {
    expect(cellSummary(analysis, mapping!.cells[0]!)).toBe('Stakeholder mapping, level 1 Aware: 2 modules');
  });

  it('says when a cell is thin or a gap, and whether the gap is within the target', () => {
    expect(cellSummary(analysis, mapping!.cells[1]!)).toBe(
      'Stakeholder mapping, level 2 Practising: 1 module, thin: a single point of failure',
    );
    expect(cellSummary(analysis, mapping!.cells[2]!)).toBe(
      'Stakeholder mapping, level 3 Proficient: 0 modules, gap above the target level',
    );
    expect(cellSummary(analysis, value!.cells[0]!)).toBe(
      'value, level 1 Aware: 0 modules, gap at or below the target level',
    );
  });

  it('contains the count and the words the cell shows, in the same order', () => {
    for (const cell of analysis.competencies.flatMap((c) => c.cells)) {
      const shown = `${cell.modules.length} ${cellWords(cell)}`.toLowerCase();
      expect(cellSummary(analysis, cell).toLowerCase()).toContain(shown);
    }
  });
});
