import type { FastifyReply } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import { XapiError } from './xapiError.ts';

/** Spends a credential's write allowance and says how long it must wait when it is spent. */
export interface WriteRateLimiter {
  /** Takes `cost` writes from `credential`'s allowance: 0 when allowed, else milliseconds to wait (nothing taken). */
  take(credential: string, cost: number, nowMs?: number): number;
}

/**
 * A token bucket per credential: `perMinute` writes a minute (a statement counts one, a document
 * write one), with up to a minute's worth in one burst, so a device catching up after a week
 * offline still syncs in one go while no credential can flood the store.
 */
export function createWriteRateLimiter(perMinute: number): WriteRateLimiter {
  const buckets = new Map<string, { tokens: number; atMs: number }>();
  const perMs = perMinute / 60_000;
  return {
    take(credential, cost, now = Date.now()) {
      const bucket = buckets.get(credential) ?? { tokens: perMinute, atMs: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.atMs) * perMs);
      bucket.atMs = now;
      if (buckets.size > 100_000) buckets.clear(); // bound memory; a cleared bucket starts full
      buckets.set(credential, bucket);
      // A batch larger than the whole allowance waits for a full bucket, then goes through.
      const needed = Math.min(cost, perMinute);
      if (bucket.tokens >= needed) {
        bucket.tokens -= needed;
        return 0;
      }
      return Math.ceil((needed - bucket.tokens) / perMs);
    },
  };
}

/** Spends `cost` writes of the caller's allowance, or throws 429 (with Retry-After) when it is spent; admins are not limited. */
export function spendWrites(limiter: WriteRateLimiter, principal: Principal, cost: number, reply: FastifyReply): void {
  if (principal.role === 'admin') return;
  const waitMs = limiter.take(principal.username, cost);
  if (waitMs === 0) return;
  const seconds = Math.ceil(waitMs / 1000);
  reply.header('Retry-After', String(seconds));
  throw new XapiError(
    429,
    `Too many writes from this credential: wait ${seconds} s and send again (the server's WRITES_PER_MINUTE limit). Nothing from this request was recorded.`,
  );
}
