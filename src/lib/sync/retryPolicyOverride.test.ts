import { describe, expect, it } from 'vitest';
import { RETRY_OVERRIDE_GLOBAL, retryPolicyOverride } from './retryPolicyOverride';
import { RETRY_POLICY } from './withRetry';

describe('retryPolicyOverride', () => {
  it('is the real policy when nothing overrides it', () => {
    expect(retryPolicyOverride({})).toBe(RETRY_POLICY);
    expect(retryPolicyOverride()).toBe(RETRY_POLICY);
  });

  it('lets a test shorten the waits, keeping the attempts and the jitter', () => {
    expect(retryPolicyOverride({ [RETRY_OVERRIDE_GLOBAL]: { startingDelay: 10, maxDelay: 40 } })).toEqual({
      ...RETRY_POLICY,
      startingDelay: 10,
      maxDelay: 40,
    });
  });

  it('ignores an override that would wait longer, skip waiting, or change anything but the delays', () => {
    for (const value of [
      { startingDelay: 5_000, maxDelay: 40 },
      { startingDelay: 0, maxDelay: 40 },
      { startingDelay: 10, maxDelay: 40, numOfAttempts: 50 },
      'fast',
      null,
    ]) {
      expect(retryPolicyOverride({ [RETRY_OVERRIDE_GLOBAL]: value })).toBe(RETRY_POLICY);
    }
  });
});
