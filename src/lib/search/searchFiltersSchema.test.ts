import { describe, expect, it } from 'vitest';
import { parseSearchParams, toSearchParams } from './searchFiltersSchema';

describe('search URL parameters', () => {
  it('read a query and its filters', () => {
    expect(
      parseSearchParams(
        new URLSearchParams('q=value&competency=value-selling&level=2&path=foundations&duration=short'),
      ),
    ).toEqual({
      q: 'value',
      competency: 'value-selling',
      level: 2,
      path: 'foundations',
      duration: 'short',
    });
  });

  it('drop what is malformed instead of failing', () => {
    expect(parseSearchParams(new URLSearchParams('level=high&duration=forever&competency='))).toEqual({ q: '' });
  });

  it('round-trip, leaving out what is unset', () => {
    const params = toSearchParams({ q: 'buying centre', level: 3 });
    expect(params.toString()).toBe('q=buying+centre&level=3');
    expect(parseSearchParams(params)).toEqual({ q: 'buying centre', level: 3 });
  });
});
