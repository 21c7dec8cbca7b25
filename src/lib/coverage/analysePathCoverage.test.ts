import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { analysePathCoverage } from './analysePathCoverage';

describe('analysePathCoverage', () => {
  it('counts only the path’s modules, against the levels the path promises', () => {
    const curriculum = testCurriculum();
    const coverage = analysePathCoverage(curriculum, curriculum.paths[0]!);
    expect(coverage.analysis.competencies.map((c) => [c.id, c.target, c.cells.map((x) => x.modules)])).toEqual([
      ['mapping', 2, [['intro'], ['deeper'], []]],
    ]);
    expect(coverage.analysis.gapsAtOrBelowTarget).toEqual([]);
    expect(coverage.promises).toEqual([{ competency: 'mapping', level: 2, reached: 2 }]);
  });

  it('shows a promised competency its modules never develop as gaps at or below the promise', () => {
    const curriculum = testCurriculum();
    const path = {
      ...curriculum.paths[0]!,
      builds: [...curriculum.paths[0]!.builds, { competency: 'value', level: 2 }],
    };
    const coverage = analysePathCoverage(curriculum, path);
    expect(coverage.analysis.gapsAtOrBelowTarget.map((c) => `${c.competency}:${c.level}`)).toEqual([
      'value:1',
      'value:2',
    ]);
    expect(coverage.promises[1]).toEqual({ competency: 'value', level: 2, reached: 0 });
  });
});
