/** Counts failed credential checks per client and says when a client must wait. */
export interface FailureLimiter {
  /** Milliseconds the client must still wait, or 0 when it may try again. */
  retryAfterMs(client: string, nowMs?: number): number;
  recordFailure(client: string, nowMs?: number): void;
  recordSuccess(client: string): void;
}

/**
 * A fixed-window limiter for failed logins: after `maxFailures` failures within `windowMs`, the
 * client (an IP address) is refused until the window ends. Successful checks reset the count.
 */
export function createFailureLimiter(maxFailures: number, windowMs: number): FailureLimiter {
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (client: string, now: number) => {
    const w = windows.get(client);
    if (w === undefined || now - w.start >= windowMs) return undefined;
    return w;
  };
  return {
    retryAfterMs(client, now = Date.now()) {
      const w = current(client, now);
      return w !== undefined && w.failures >= maxFailures ? w.start + windowMs - now : 0;
    },
    recordFailure(client, now = Date.now()) {
      const w = current(client, now);
      if (w === undefined) {
        if (windows.size > 100_000) windows.clear(); // bound memory under a spray of addresses
        windows.set(client, { start: now, failures: 1 });
      } else w.failures += 1;
    },
    recordSuccess(client) {
      windows.delete(client);
    },
  };
}
