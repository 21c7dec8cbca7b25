import type { SharedCounters } from '../storage/repository.ts';
import type { FailureLimiter } from './failureLimiter.ts';

const KIND = 'auth-failure';

/**
 * The failed-check limiter for several processes on one database: failures are counted in the
 * database's shared counters (a fixed window per client and subject), and each process refuses a
 * client once the total it last read there reaches `maxFailures`. A process reads the total when it
 * records a failure, so past the limit a client gets at most one more failed check per process
 * that has not yet refused it. recordFailure resolves once the database has counted the failure.
 */
export function createSharedFailureLimiter(
  counters: SharedCounters,
  maxFailures: number,
  windowMs: number,
): FailureLimiter {
  // What this process last read for each client: the total and when its earliest live window began.
  const known = new Map<string, { total: number; startMs: number }>();
  return {
    retryAfterMs(client, now = Date.now()) {
      const k = known.get(client);
      return k !== undefined && now - k.startMs < windowMs && k.total >= maxFailures ? k.startMs + windowMs - now : 0;
    },
    async recordFailure(client, subject, now = Date.now()) {
      const { total, windowStartMs } = await counters.add(KIND, client, subject, 1, now, windowMs);
      if (known.size > 100_000) known.clear(); // bound memory under a spray of addresses
      known.set(client, { total, startMs: windowStartMs });
    },
    async recordSuccess(client, subject) {
      known.delete(client);
      await counters.clear(KIND, client, subject);
    },
  };
}
