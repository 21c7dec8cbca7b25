/** Why a sync attempt failed, and whether trying again later can help. */
export type SyncErrorKind = 'offline' | 'server' | 'auth' | 'refused';

/**
 * A failed request to the LRS. `retryable` failures (network down, 5xx, 429) are retried with
 * backoff and queue quietly; the others need the learner (or their COE lead), so `advice` says
 * what to do.
 */
export class SyncError extends Error {
  readonly kind: SyncErrorKind;
  readonly status: number | undefined;
  readonly advice: string;

  constructor(kind: SyncErrorKind, message: string, advice: string, status?: number) {
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
  if (status === 429 || status >= 500)
    return new SyncError(
      'server',
      detail,
      'The server is busy or having trouble. Your progress is kept here and will be sent automatically.',
      status,
    );
  if (status === 401)
    return new SyncError(
      'auth',
      detail,
      'The server no longer accepts this device’s credentials. Connect again with a new enrolment code from your COE lead, or check the key and secret.',
      status,
    );
  if (status === 403)
    return new SyncError(
      'auth',
      detail,
      'These credentials are not allowed to do this. Ask your COE lead to check your enrolment.',
      status,
    );
  return new SyncError(
    'refused',
    detail,
    'The server refused the data. Your progress is kept here; tell your COE lead what the message says.',
    status,
  );
}

/** A network failure (no answer at all). */
export function offlineError(what: string, cause: unknown): SyncError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new SyncError(
    'offline',
    `${what}: the server could not be reached (${reason})`,
    'You seem to be offline or the server is down. Your progress is kept here and will be sent when it is back.',
  );
}
