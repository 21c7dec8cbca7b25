import { describe, expect, it } from 'vitest';
import { suppressLinkedCells } from './suppressLinkedCells.ts';

const only = [{ blocks: [0] }];
const times = <T>(n: number, value: T) => Array.from({ length: n }, () => value);

describe('suppressLinkedCells', () => {
  it('shows a row whose every count holds at least the minimum, and zeros', () => {
    const { counts, suppressed } = suppressLinkedCells(
      { blocks: times(15, 0), answers: [...times(10, [0]), ...times(5, [2])], times: 1, values: 3 },
      only,
      [true],
      5,
    );
    expect(counts[0]![0]).toEqual([10, 0, 5]);
    expect(suppressed[0]![0]).toEqual([null, null, null]);
  });

  it('hides a small count, then the count nearest to it, so the total minus the shown counts is not small', () => {
    const { suppressed } = suppressLinkedCells(
      { blocks: times(21, 0), answers: [...times(12, [0]), ...times(6, [1]), ...times(3, [2])], times: 1, values: 3 },
      only,
      [true],
      5,
    );
    expect(suppressed[0]![0]).toEqual([null, 'complementary', 'fewer-than-minimum']);
  });

  it('hides week-to-week movement of fewer than the minimum, though each week alone would be shown', () => {
    // 10 at level 1 in week 1; in week 2, 5 move to level 2 and 5 stay; 2 of the movers had been at level 0.
    const answers = [...times(5, [1, 1]), ...times(3, [1, 2]), ...times(2, [0, 2]), ...times(5, [0, 0])];
    const { counts, suppressed } = suppressLinkedCells(
      { blocks: times(15, 0), answers, times: 2, values: 3 },
      only,
      [true],
      5,
    );
    expect(counts[0]).toEqual([
      [7, 8, 0],
      [5, 5, 5],
    ]);
    // Both shown, week 1's 8 at level 1 minus week 2's 5 at level 1 would give the 3 who moved up from it.
    expect(suppressed[0]![0]![1] === null && suppressed[0]![1]![1] === null).toBe(false);
  });

  it('hides every count of a withheld filter as "population"', () => {
    const { suppressed } = suppressLinkedCells(
      { blocks: times(10, 0), answers: times(10, [0]), times: 1, values: 2 },
      [{ blocks: [0] }, { blocks: [0] }],
      [true, false],
      5,
    );
    expect(suppressed[1]![0]).toEqual(['population', 'population']);
  });

  it('keeps a coarse figure by hiding a fine one, so a small group merges with its neighbours', () => {
    // Now: 16 at level 2, 3 at level 3; coarse (time point 1): all 19 at or above a target of 2.
    const { counts, suppressed } = suppressLinkedCells(
      {
        blocks: times(19, 0),
        answers: [...times(16, [2, 1]), ...times(3, [3, 1])],
        times: 2,
        values: 4,
        coarseFrom: 1,
      },
      only,
      [true],
      5,
    );
    expect(suppressed[0]![0]).toEqual([null, null, 'complementary', 'fewer-than-minimum']);
    expect(counts[0]![1]).toEqual([0, 19, 0, 0]);
    expect(suppressed[0]![1]).toEqual([null, null, null, null]);
  });
});
