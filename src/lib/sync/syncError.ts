/** Why a sync attempt failed, and whether trying again later can help. */
export type SyncErrorKind = 'offline' | 'server' | 'auth' | 'refused';

/**
 * What the learner can do about a failure, as a code the sync page words in its language
 * (`syncError.<advice>` in the catalogue): wait (busy, offline), connect again (reconnect), ask their
 * lead (forbidden, refused, otherSite, unexpected).
 */
export const SYNC_ADVICE = ['busy', 'reconnect', 'forbidden', 'refused', 'offline', 'otherSite', 'unexpected'] as const;
export type SyncAdvice = (typeof SYNC_ADVICE)[number];

/**
 * A failed request to the LRS. `retryable` failures (network down, 5xx, 429) are retried with
 * backoff and queue quietly; the others need the learner (or their COE lead), so `advice` says
 * what to do; `message` is the technical detail (the request, the HTTP status and the server's own words).
 */
export class SyncError extends Error {
  readonly kind: SyncErrorKind;
  readonly status: number | undefined;
  readonly advice: SyncAdvice;

  constructor(kind: SyncErrorKind, message: string, advice: SyncAdvice, status?: number) {
    super(message);
    this.name = 'SyncError';
    this.kind = kind;
    this.status = status;
    this.advice = advice;
  }

  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

/** Turns an HTTP answer that is not a success into a SyncError, with the server's message when it gave one. */
export function errorFromResponse(status: number, body: string, what: string): SyncError {
  let message = body.trim().slice(0, 300);
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    if (typeof parsed.message === 'string') message = parsed.message;
    else if (typeof parsed.error === 'string') message = parsed.error;
  } catch {
    // Not JSON: keep the text.
  }
  const detail = `${what}: HTTP ${status}${message ? ` — ${message}` : ''}`;
  if (status === 429 || status >= 500) return new SyncError('server', detail, 'busy', status);
  if (status === 401) return new SyncError('auth', detail, 'reconnect', status);
  if (status === 403) return new SyncError('auth', detail, 'forbidden', status);
  return new SyncError('refused', detail, 'refused', status);
}

/** A network failure (no answer at all). */
export function offlineError(what: string, cause: unknown): SyncError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new SyncError('offline', `${what}: ${reason}`, 'offline');
}
