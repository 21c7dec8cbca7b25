import { describe, expect, it } from 'vitest';
import { monthEnd, monthsEndingAt } from './monthsEndingAt.ts';

describe('monthsEndingAt', () => {
  it('lists the months up to the date’s month, across a year end', () => {
    expect(monthsEndingAt('2026-02-14', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('says a month ends at the first moment of the next one', () => {
    expect(monthEnd('2025-12')).toBe('2026-01-01T00:00:00.000Z');
  });
});
