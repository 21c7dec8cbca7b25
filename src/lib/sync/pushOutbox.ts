import type { LrsClient } from './lrsClient';
import type { SyncStore } from './syncStore';
import { withRetry } from './withRetry';

/** Statements per POST: the LRS's batch limit is higher; 50 keeps each request small. */
export const BATCH_SIZE = 50;

/**
 * Sends the outbox in batches, oldest first, each retried with backoff; a batch leaves the outbox
 * only once the LRS has acknowledged it. Returns how many statements were sent. Resending a batch
 * whose answer was lost is harmless: statement ids are fixed and the LRS keeps each once.
 */
export async function pushOutbox(
  client: LrsClient,
  store: SyncStore,
  retry: typeof withRetry = withRetry,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await store.outboxBatch(BATCH_SIZE);
    if (batch.length === 0) return sent;
    await retry(() => client.postStatements(batch));
    await store.markSent(batch.map((s) => s.id));
    sent += batch.length;
  }
}
