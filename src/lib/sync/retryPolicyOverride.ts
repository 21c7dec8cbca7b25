import type { BackoffOptions } from 'exponential-backoff';
import { z } from 'zod';
import { RETRY_POLICY } from './withRetry';

/**
 * The global a browser test sets (before the page loads) to shorten sync's backoff, so a test of
 * failing requests does not wait the policy's real seconds. Nothing in Cohesion sets it.
 */
export const RETRY_OVERRIDE_GLOBAL = '__cohesionSyncRetry';

/** Shorter waits for tests: only the delays change; attempts and jitter stay the policy's. */
export const retryOverrideSchema = z.strictObject({
  startingDelay: z.number().int().min(1).max(RETRY_POLICY.startingDelay),
  maxDelay: z.number().int().min(1).max(RETRY_POLICY.maxDelay),
});

/** RETRY_POLICY, with the delays of a valid override when `scope` carries one; anything else is ignored. */
export function retryPolicyOverride(scope: object = globalThis): BackoffOptions {
  const parsed = retryOverrideSchema.safeParse((scope as Record<string, unknown>)[RETRY_OVERRIDE_GLOBAL]);
  return parsed.success ? { ...RETRY_POLICY, ...parsed.data } : RETRY_POLICY;
}
