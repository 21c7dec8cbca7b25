import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../curriculum/curriculum';
import { testCurriculum } from '../curriculum/testCurriculum';
import { analyseCoverage } from './analyseCoverage';

// testCurriculum: mapping 1 (intro) and 2 (deeper, after intro); value 2 (value-basics, after intro);
// planning 3 (planning, after deeper and value-basics). Target: mapping 2. Path essentials: intro, deeper.
const cell = (curriculum: Curriculum, competency: string, level: number) =>
  analyseCoverage(curriculum)
    .competencies.find((c) => c.id === competency)!
    .cells.find((c) => c.level === level)!;

describe('analyseCoverage', () => {
  it('has one row per competency and one cell per level of the scale', () => {
    const { competencies, levels } = analyseCoverage(testCurriculum());
    expect(levels).toEqual([
      { level: 1, name: 'Aware' },
      { level: 2, name: 'Practising' },
      { level: 3, name: 'Proficient' },
    ]);
    expect(competencies.map((c) => [c.id, c.cells.map((x) => x.modules.length)])).toEqual([
      ['mapping', [1, 1, 0]],
      ['planning', [0, 0, 1]],
      ['value', [0, 1, 0]],
    ]);
  });

  it('names the modules that develop a level, the paths that include them and their minutes', () => {
    const curriculum = testCurriculum();
    expect(cell(curriculum, 'mapping', 1)).toMatchObject({
      modules: ['intro'],
      paths: ['essentials'],
      minutes: 10,
      status: 'thin',
      targeted: true,
    });
    expect(cell(curriculum, 'value', 2)).toMatchObject({
      modules: ['value-basics'],
      paths: [],
      status: 'thin',
      targeted: false,
    });
  });

  it('calls a level developed by two modules covered, lists them by title and adds their minutes', () => {
    const curriculum = testCurriculum();
    curriculum.modules.push({ ...curriculum.modules[0]!, id: 'intro-again', title: 'another intro', duration: 25 });
    expect(cell(curriculum, 'mapping', 1)).toMatchObject({
      modules: ['intro-again', 'intro'],
      status: 'covered',
      minutes: 35,
    });
  });

  it('separates gaps at or below the target from gaps above it', () => {
    const curriculum = testCurriculum();
    curriculum.models[0]!.defaultTargets.push({ competency: 'value', level: 2 });
    const { gapsAtOrBelowTarget, gapsAboveTarget } = analyseCoverage(curriculum);
    expect(gapsAtOrBelowTarget.map((c) => `${c.competency}:${c.level}`)).toEqual(['value:1']);
    expect(gapsAboveTarget.map((c) => `${c.competency}:${c.level}`)).toEqual([
      'mapping:3',
      'planning:1',
      'planning:2',
      'value:3',
    ]);
  });

  it('takes the highest target when two engagement models name the same competency', () => {
    const curriculum = testCurriculum();
    curriculum.models.push({
      ...curriculum.models[0]!,
      id: 'other',
      defaultTargets: [{ competency: 'mapping', level: 3 }],
    });
    expect(analyseCoverage(curriculum).gapsAtOrBelowTarget.map((c) => `${c.competency}:${c.level}`)).toEqual([
      'mapping:3',
    ]);
  });

  it('lists every single-module level as thin', () => {
    expect(analyseCoverage(testCurriculum()).thin.map((c) => `${c.competency}:${c.level}`)).toEqual([
      'mapping:1',
      'mapping:2',
      'planning:3',
      'value:2',
    ]);
  });

  it('finds the prerequisite chain a learner must take in a row to reach a level', () => {
    expect(cell(testCurriculum(), 'planning', 3).chain).toEqual(['intro', 'deeper', 'planning']);
    expect(cell(testCurriculum(), 'mapping', 3).chain).toEqual([]);
  });

  it('reaches a level by its shortest way in when several modules develop it', () => {
    const curriculum = testCurriculum();
    curriculum.modules.push({
      ...curriculum.modules[3]!,
      id: 'planning-direct',
      title: 'planning direct',
      prerequisites: [],
    });
    expect(cell(curriculum, 'planning', 3).chain).toEqual(['planning-direct']);
  });

  it('adds up the minutes and the highest level per competency', () => {
    const mapping = analyseCoverage(testCurriculum()).competencies.find((c) => c.id === 'mapping')!;
    expect({
      minutes: mapping.minutes,
      reached: mapping.reached,
      target: mapping.target,
      modules: mapping.modules,
    }).toEqual({ minutes: 20, reached: 2, target: 2, modules: ['deeper', 'intro'] });
  });

  it('counts only the modules in scope, with the targets and rows it is given', () => {
    const analysis = analyseCoverage(testCurriculum(), {
      moduleIds: new Set(['deeper', 'planning']),
      targets: new Map([['planning', 3]]),
      competencyIds: new Set(['planning']),
    });
    expect(analysis.competencies.map((c) => [c.id, c.target, c.cells.map((x) => x.modules)])).toEqual([
      ['planning', 3, [[], [], ['planning']]],
    ]);
    expect(analysis.gapsAtOrBelowTarget.map((c) => c.level)).toEqual([1, 2]);
    // The chain still follows prerequisites outside the scope.
    expect(analysis.competencies[0]!.cells[2]!.chain).toEqual(['intro', 'deeper', 'planning']);
    expect([analysis.moduleCount, analysis.minutes]).toEqual([2, 20]);
  });
});
