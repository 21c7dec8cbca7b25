import { describe, expect, it } from 'vitest';
import { chooseReportableFilters, filterAtoms } from './chooseReportableFilters.ts';

// Blocks 0, 1, 2 are three regions; filters: all, then each region.
const regions = [{ blocks: [0, 1, 2] }, { blocks: [0] }, { blocks: [1] }, { blocks: [2] }];

describe('chooseReportableFilters', () => {
  it('shows every filter when every group and every remainder holds at least the minimum', () => {
    expect(chooseReportableFilters([12, 10, 5], regions, 5)).toEqual([true, true, true, true]);
  });

  it('withholds a small region and then the region nearest to it, so "all minus the shown regions" is not small', () => {
    // All (25) − global (12) − emerging (10) would give the 3.
    expect(chooseReportableFilters([12, 10, 3], regions, 5)).toEqual([true, true, false, false]);
  });

  it('withholds a path that crosses regions when all minus that path would isolate a small group', () => {
    // Blocks: (r0, p0) 12, (r1, p0) 10, (r1, p1) 3; filters: all, r0, r1, p0, p1.
    const crossing = [{ blocks: [0, 1, 2] }, { blocks: [0] }, { blocks: [1, 2] }, { blocks: [0, 1] }, { blocks: [2] }];
    const shown = chooseReportableFilters([12, 10, 3], crossing, 5);
    expect(shown).toEqual([true, true, true, false, false]);
    expect(filterAtoms(3, crossing, shown).map((a) => a.blocks)).toEqual([[0], [1, 2]]);
  });

  it('withholds everything when the whole population is under the minimum', () => {
    expect(chooseReportableFilters([2, 1, 0], regions, 5)).toEqual([false, false, false, false]);
  });
});
