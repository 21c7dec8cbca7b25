import { type BackoffOptions, backOff } from 'exponential-backoff';
import { SyncError } from './syncError';

/**
 * How sync retries a failed request: exponential backoff with full jitter (exponential-backoff),
 * starting at 2 s, doubling, at most a minute apart, five attempts per sync run. Only failures
 * that waiting can fix are retried (offline, 5xx, 429); a refusal (4xx) stops at once. The sync
 * engine starts a new run later (when back online, on a visit, every few minutes), so nothing is
 * ever dropped after the last attempt: the events stay in the outbox.
 */
export const RETRY_POLICY = {
  startingDelay: 2_000,
  timeMultiple: 2,
  maxDelay: 60_000,
  numOfAttempts: 5,
  jitter: 'full',
} as const satisfies BackoffOptions;

/** Runs `fn`, retrying as the policy says; `onRetry` hears each failure that will be retried. */
export function withRetry<T>(
  fn: () => Promise<T>,
  {
    policy = RETRY_POLICY as BackoffOptions,
    onRetry,
  }: { policy?: BackoffOptions; onRetry?: (error: SyncError, attempt: number) => void } = {},
): Promise<T> {
  return backOff(fn, {
    ...policy,
    retry: (error: unknown, attempt: number) => {
      const retry = error instanceof SyncError && error.retryable;
      if (retry) onRetry?.(error, attempt);
      return retry;
    },
  });
}
