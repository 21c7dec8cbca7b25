import { describe, expect, it } from 'vitest';
import { atOrAbove } from './atOrAbove.ts';
import type { LearnerCount } from './workforceReportSchema.ts';

const shown = (count: number): LearnerCount => ({ count, suppressed: null });
const hidden: LearnerCount = { count: null, suppressed: 'complementary' };

describe('atOrAbove', () => {
  it('adds up each level and the levels above it', () => {
    const row = [10, 5, 5, 0];
    expect(atOrAbove(row, row.map(shown)).map((c) => c.count)).toEqual([20, 10, 5, 0]);
  });

  it('hides a figure that would split the hidden counts, and shows one the shown counts determine', () => {
    const row = [12, 3, 6, 9]; // levels 1 and 2 hidden
    const result = atOrAbove(row, [shown(12), hidden, hidden, shown(9)]);
    // level 2 or above = 6 + 9 would reveal level 2 (and so level 1); level 3 or above = 9 is shown anyway.
    expect(result.map((c) => c.count)).toEqual([30, 18, null, 9]);
    expect(result[2]!.suppressed).toBe('complementary');
  });
});
