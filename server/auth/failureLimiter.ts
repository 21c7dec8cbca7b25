/** Counts failed credential checks per client and says when a client must wait. */
export interface FailureLimiter {
  /** Milliseconds the client must still wait, or 0 when it may try again. */
  retryAfterMs(client: string, nowMs?: number): number;
  /** Counts a failed check by `client` for `subject` (a username, or what else was tried, such as an enrolment code); a shared limiter resolves once counted. */
  recordFailure(client: string, subject: string, nowMs?: number): void | Promise<void>;
  /** Forgets the client's failures for this subject only: succeeding as one user never clears failures for others. */
  recordSuccess(client: string, subject: string): void | Promise<void>;
}

/**
 * A fixed-window limiter for failed logins: after `maxFailures` failures within `windowMs`, the
 * client (an IP address) is refused until the window ends, whatever usernames the failures were for.
 * A success forgets only the failures for the same subject (a user who mistyped their own password).
 */
export function createFailureLimiter(maxFailures: number, windowMs: number): FailureLimiter {
  const windows = new Map<string, { start: number; failures: Map<string, number> }>();
  const current = (client: string, now: number) => {
    const w = windows.get(client);
    if (w === undefined || now - w.start >= windowMs) return undefined;
    return w;
  };
  const total = (w: { failures: Map<string, number> }) => [...w.failures.values()].reduce((a, b) => a + b, 0);
  return {
    retryAfterMs(client, now = Date.now()) {
      const w = current(client, now);
      return w !== undefined && total(w) >= maxFailures ? w.start + windowMs - now : 0;
    },
    recordFailure(client, subject, now = Date.now()) {
      let w = current(client, now);
      if (w === undefined) {
        if (windows.size > 100_000) windows.clear(); // bound memory under a spray of addresses
        w = { start: now, failures: new Map() };
        windows.set(client, w);
      }
      w.failures.set(subject, (w.failures.get(subject) ?? 0) + 1);
    },
    recordSuccess(client, subject) {
      windows.get(client)?.failures.delete(subject);
    },
  };
}
