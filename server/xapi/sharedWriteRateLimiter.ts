import type { SharedCounters } from '../storage/repository.ts';
import type { WriteRateLimiter } from './writeRateLimiter.ts';

const KIND = 'writes';
const MINUTE = 60_000;

/**
 * The per-credential write limit for several processes on one database: `perMinute` writes in a
 * fixed minute, counted in the database's shared counters. A process decides from the count it last
 * read there plus its own writes since, and reads the count again after each write it allows, so
 * the limit can be passed only by writes in flight at once in different processes.
 */
export function createSharedWriteRateLimiter(counters: SharedCounters, perMinute: number): WriteRateLimiter {
  const known = new Map<string, { used: number; startMs: number }>();
  return {
    take(credential, cost, now = Date.now()) {
      let k = known.get(credential);
      if (k === undefined || now - k.startMs >= MINUTE) k = { used: 0, startMs: now };
      // A batch larger than the whole allowance waits for a fresh minute, then goes through.
      const needed = Math.min(cost, perMinute);
      if (k.used > 0 && k.used + needed > perMinute) return k.startMs + MINUTE - now;
      k.used += needed;
      if (known.size > 100_000) known.clear(); // bound memory; a forgotten credential is read again on its next write
      known.set(credential, k);
      counters.add(KIND, credential, '', needed, now, MINUTE).then(
        ({ total, windowStartMs }) => known.set(credential, { used: total, startMs: windowStartMs }),
        () => {}, // the database's own error reaches the request that writes next
      );
      return 0;
    },
  };
}
