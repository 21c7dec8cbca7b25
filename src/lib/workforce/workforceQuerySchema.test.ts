import { describe, expect, it } from 'vitest';
import { workforceQuerySchema } from './workforceQuerySchema.ts';

describe('workforceQuerySchema', () => {
  it('takes an optional region and path id', () => {
    expect(workforceQuerySchema.parse({})).toEqual({});
    expect(workforceQuerySchema.parse({ region: 'unknown', path: 'value-and-insight' })).toEqual({
      region: 'unknown',
      path: 'value-and-insight',
    });
  });

  it('refuses other parameters and values that are not ids, saying what an id looks like', () => {
    expect(workforceQuerySchema.safeParse({ team: 'a' }).success).toBe(false);
    const bad = workforceQuerySchema.safeParse({ region: 'Emerging Market' });
    expect(bad.success ? '' : bad.error.issues[0]!.message).toMatch(/must be an id such as "emerging"/);
  });
});
