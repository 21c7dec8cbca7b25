import { describe, expect, it, vi } from 'vitest';
import { errorFromResponse, offlineError } from './syncError';
import { RETRY_POLICY, withRetry } from './withRetry';

/**
 * Runs `fn` under the policy without jitter, on Vitest's simulated clock (no real waiting, no
 * late timers on a busy machine), recording the simulated time at which each attempt starts.
 */
async function attempts(
  fails: (attempt: number) => Error | undefined,
  policy: NonNullable<Parameters<typeof withRetry>[1]>['policy'] = { ...RETRY_POLICY, jitter: 'none' },
) {
  vi.useFakeTimers();
  try {
    const times: number[] = [];
    const start = Date.now();
    const run = withRetry(
      async () => {
        times.push(Date.now() - start);
        const error = fails(times.length);
        if (error) throw error;
        return 'ok';
      },
      { policy },
    ).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    return { result: await run, times };
  } finally {
    vi.useRealTimers();
  }
}

describe('the retry policy', () => {
  it('is exponential backoff with full jitter: 2 s doubling to at most a minute, five attempts per run', () => {
    expect(RETRY_POLICY).toEqual({
      startingDelay: 2000,
      timeMultiple: 2,
      maxDelay: 60000,
      numOfAttempts: 5,
      jitter: 'full',
    });
  });

  it('retries a server error with doubling waits, and succeeds when the server recovers', async () => {
    const { result, times } = await attempts((n) => (n < 4 ? errorFromResponse(503, '', 'Sending') : undefined));
    expect(result).toBe('ok');
    expect(times).toHaveLength(4);
    expect(times).toEqual([0, 2_000, 6_000, 14_000]); // waits of 2, 4 and 8 s
  });

  it('retries when offline, and gives up after the last attempt with the last error', async () => {
    const { result, times } = await attempts(() => offlineError('Sending', new TypeError('Failed to fetch')));
    expect(times).toEqual([0, 2_000, 6_000, 14_000, 30_000]);
    expect(result).toMatchObject({ kind: 'offline' });
  });

  it('never retries a refusal (4xx): it needs the learner, not time', async () => {
    for (const status of [400, 401, 403, 409]) {
      const { result, times } = await attempts(() => errorFromResponse(status, '{"message":"no"}', 'Sending'));
      expect(times).toHaveLength(1);
      expect(result).toMatchObject({ status, retryable: false });
    }
  });
});

describe('errorFromResponse', () => {
  it("turns an answer into advice, with the server's own message", () => {
    expect(errorFromResponse(401, '{"message":"Unknown credentials"}', 'Sending')).toMatchObject({
      kind: 'auth',
      message: 'Sending: HTTP 401 — Unknown credentials',
    });
    expect(errorFromResponse(429, '', 'Sending')).toMatchObject({ kind: 'server', retryable: true });
    expect(errorFromResponse(400, 'Invalid statement', 'Sending').advice).toBe('refused');
    expect(errorFromResponse(403, '', 'Sending').advice).toBe('forbidden');
  });
});
