import { describe, expect, it } from 'vitest';
import { atOrAbove } from './atOrAbove.ts';
import { suppressRow } from './suppressRow.ts';

const counts = (cells: ReturnType<typeof suppressRow>) => cells.map((c) => c.count);

describe('suppressRow', () => {
  it('shows a row whose every group has at least the minimum, and zeros', () => {
    expect(counts(suppressRow([10, 0, 5, 15], 5))).toEqual([10, 0, 5, 15]);
  });

  it('hides a small count and then the smallest other count, so the total cannot give it away', () => {
    const cells = suppressRow([12, 3, 6, 9], 5);
    expect(cells.map((c) => c.suppressed)).toEqual([null, 'fewer-than-minimum', 'complementary', null]);
  });

  it('keeps hiding until the hidden counts hold at least the minimum together', () => {
    // 1 + 1 would say "one learner each"; a third count brings the hidden learners to 8.
    const cells = suppressRow([20, 1, 1, 6], 5);
    expect(cells.map((c) => c.suppressed)).toEqual([null, 'fewer-than-minimum', 'fewer-than-minimum', 'complementary']);
    expect(counts(cells)).toEqual([20, null, null, null]);
  });
});

describe('atOrAbove', () => {
  it('adds up each level and the levels above it', () => {
    const row = [4 + 6, 5, 5, 0];
    expect(counts(atOrAbove(row, suppressRow(row, 5)))).toEqual([20, 10, 5, 0]);
  });

  it('hides a figure that would split the hidden counts, and shows one the shown counts determine', () => {
    const row = [12, 3, 6, 9]; // levels 1 and 2 hidden
    const result = atOrAbove(row, suppressRow(row, 5));
    // level 2 or above = 6 + 9 would reveal level 2 (and so level 1); level 3 or above = 9 is shown anyway.
    expect(result.map((c) => c.count)).toEqual([30, 18, null, 9]);
    expect(result[2]!.suppressed).toBe('complementary');
  });
});
