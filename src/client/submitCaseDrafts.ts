import type { AppDB } from '../db/AppDB';
import { queuedCaseDrafts, refuseCaseDraft, removeCaseDraft } from '../db/caseDrafts';
import { db as defaultDb } from '../db/db';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { ApiError } from './accountApi';
import { callCases } from './caseApi';

/** Fired on window when this browser's field cases changed (a draft sent or refused, the library refreshed). */
export const CASES_CHANGED_EVENT = 'cohesion:cases-changed';

/** Refusals the learner must fix; any other failure (offline, 5xx, rate limit) is tried again next sync. */
const isRefusal = (error: unknown) =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

/**
 * Sends the drafts the learner submitted, oldest first: a new case is POSTed, a case the server
 * asked changes to is PUT. An accepted draft is removed; a refused one stays with the server's
 * message; the first failure time can fix stops the run, leaving the rest queued.
 */
export async function submitCaseDrafts(
  connection: LrsConnection,
  { db = defaultDb, origin }: { db?: AppDB; origin?: string } = {},
): Promise<{ sent: number; refused: number }> {
  let sent = 0;
  let refused = 0;
  for (const draft of await queuedCaseDrafts(db)) {
    const body = { id: draft.id, ...draft.fields };
    try {
      if (draft.resubmit) await callCases(connection, `/${encodeURIComponent(draft.id)}`, 'PUT', body, origin);
      else await callCases(connection, '', 'POST', body, origin);
      await removeCaseDraft(draft.id, db);
      sent++;
    } catch (error) {
      if (!isRefusal(error)) break;
      await refuseCaseDraft(draft.id, (error as Error).message, db);
      refused++;
    }
  }
  return { sent, refused };
}
