import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { refreshFieldCases } from './fieldCaseLibrary';
import { CASES_CHANGED_EVENT, submitCaseDrafts } from './submitCaseDrafts';

/**
 * The field-case part of a sync run on Cohesion's server: sends the submitted drafts, then
 * refreshes the cached library for offline reading. Its failures never fail the sync of learning
 * events: a draft not sent stays queued for the next run.
 */
export async function syncFieldCases(connection: LrsConnection): Promise<void> {
  if (connection.kind !== 'cohesion') return;
  try {
    const { sent, refused } = await submitCaseDrafts(connection);
    if (sent + refused > 0) window.dispatchEvent(new CustomEvent(CASES_CHANGED_EVENT));
    await refreshFieldCases(connection);
  } catch {
    // Offline or the server failed: the next run tries again.
  }
}
