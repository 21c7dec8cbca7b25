import { describe, expect, it } from 'vitest';
import { isoWeek, isoWeekMonth, isoWeekRange } from './isoWeek.ts';

describe('isoWeek', () => {
  it('puts the days around new year in the week that holds their Thursday', () => {
    expect(isoWeek('2026-01-01T12:00:00Z')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2024-12-30T00:00:00Z')).toBe('2025-W01'); // Monday of the week with 2 Jan 2025
    expect(isoWeek('2021-01-03T23:59:59Z')).toBe('2020-W53'); // Sunday closing 2020's week 53
    expect(isoWeek('2027-01-01T08:00:00Z')).toBe('2026-W53');
  });

  it('starts weeks on Monday and reads time zones as UTC', () => {
    expect(isoWeek('2026-03-08T23:00:00Z')).toBe('2026-W10'); // Sunday
    expect(isoWeek('2026-03-09T00:30:00+01:00')).toBe('2026-W10'); // still Sunday in UTC
    expect(isoWeek('2026-03-09T00:30:00Z')).toBe('2026-W11');
  });

  it('teaches what a timestamp should look like', () => {
    expect(() => isoWeek('last tuesday')).toThrow(/RFC 3339/);
  });
});

describe('isoWeekRange', () => {
  it('lists every week between two weeks, across a 53-week year', () => {
    expect(isoWeekRange('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(isoWeekRange('2026-W10', '2026-W10')).toEqual(['2026-W10']);
    expect(isoWeekRange('2026-W10', '2026-W09')).toEqual([]);
  });
});

describe('isoWeekMonth', () => {
  it('puts a week in the month of its Thursday', () => {
    // 2026-W05 runs Mon 26 Jan … Sun 1 Feb, Thursday 29 Jan; 2026-W09 runs 23 Feb … 1 Mar, Thursday 26 Feb.
    expect(['2026-W01', '2026-W05', '2026-W06', '2026-W09', '2026-W10'].map(isoWeekMonth)).toEqual([
      '2026-01',
      '2026-01',
      '2026-02',
      '2026-02',
      '2026-03',
    ]);
    // 2020-W53's Thursday is 31 December 2020.
    expect(isoWeekMonth('2020-W53')).toBe('2020-12');
  });
});
