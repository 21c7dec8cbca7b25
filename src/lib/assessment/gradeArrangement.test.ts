import { describe, expect, it } from 'vitest';
import { gradeArrangement } from './gradeArrangement';

describe('gradeArrangement', () => {
  it('passes an answer with every position right', () => {
    expect(gradeArrangement([2, 0, 1], [2, 0, 1])).toEqual({
      passed: true,
      right: [true, true, true],
      rightCount: 3,
      total: 3,
    });
  });

  it('marks each position, and fails when one is wrong or left empty', () => {
    expect(gradeArrangement([2, 0, 1], [2, 1, 0])).toMatchObject({ passed: false, right: [true, false, false] });
    expect(gradeArrangement([0, 0, 1], [0, -1, 1])).toMatchObject({ passed: false, rightCount: 2, total: 3 });
  });
});
