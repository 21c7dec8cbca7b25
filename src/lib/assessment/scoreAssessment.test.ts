import { describe, expect, it } from 'vitest';
import { levelsOf, type ScoredBank, scoreAssessment } from './scoreAssessment';

const item = (id: string, levels: number[]) => ({
  id,
  options: levels.map((level) => ({ text: `level ${level}`, level })),
});
const banks: ScoredBank[] = [
  { competency: 'value', items: [item('v1', [0, 1, 2, 3]), item('v2', [3, 2, 1, 0]), item('v3', [0, 1, 2, 3])] },
  { competency: 'mapping', items: [item('m1', [0, 1, 2, 3]), item('m2', [0, 1, 2, 3])] },
];

describe('scoreAssessment', () => {
  it('estimates each competency as the median level of its answers', () => {
    // value: levels 3, 1 (index 2 of a reversed item), 2 → median 2
    expect(scoreAssessment(banks, { v1: 3, v2: 2, v3: 2, m1: 1, m2: 1 })).toEqual([
      { competency: 'mapping', level: 1, confidence: 'high', answered: 2, total: 2 },
      { competency: 'value', level: 2, confidence: 'high', answered: 3, total: 3 },
    ]);
  });

  it('rounds an even-sized median down, erring towards more learning', () => {
    expect(scoreAssessment(banks, { m1: 1, m2: 2 })[0]).toMatchObject({ level: 1 });
  });

  it('treats skipped items as missing evidence: lower confidence, same level', () => {
    const [, value] = scoreAssessment(banks, { v1: 3, v2: null, v3: 3 });
    expect(value).toEqual({ competency: 'value', level: 3, confidence: 'medium', answered: 2, total: 3 });
    expect(scoreAssessment(banks, { v1: 3 })[1]).toMatchObject({ level: 3, confidence: 'low' });
  });

  it('gives level 0 with no confidence when nothing was answered, and never crashes on unknown options', () => {
    expect(scoreAssessment(banks, { m1: 99, m2: null })[0]).toEqual({
      competency: 'mapping',
      level: 0,
      confidence: 'none',
      answered: 0,
      total: 2,
    });
  });

  it('turns estimates into the levels the planner takes', () => {
    expect(levelsOf(scoreAssessment(banks, { m1: 2, m2: 2 }))).toEqual({ mapping: 2, value: 0 });
  });
});

describe('scoreAssessment after an adaptive round', () => {
  it('counts a level settled by agreeing answers as high confidence, though a question was not asked', () => {
    expect(scoreAssessment(banks, { v1: 2, v2: 1 })[1]).toEqual({
      competency: 'value',
      level: 2,
      confidence: 'high',
      answered: 2,
      total: 3,
    });
  });
});
