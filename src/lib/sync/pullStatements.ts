import type { LrsAgent } from './lrsConnectionSchema';
import type { LrsClient } from './lrsClient';
import type { SyncStore } from './syncStore';
import { withRetry } from './withRetry';

const OVERLAP_MS = 5_000;

/**
 * Fetches this learner's statements stored since the last pull (all of them the first time),
 * following `more` links, and adds them to the local log: a union by statement id, so this
 * device's own statements coming back change nothing. Voiding statements arrive like any other,
 * and progress derivation applies them. Returns how many statements were new here.
 */
export async function pullStatements(client: LrsClient, store: SyncStore, agent: LrsAgent, retry: typeof withRetry = withRetry): Promise<number> {
  const since = await store.pullCursor();
  // Ask from a little before the cursor: statements stored in the same instant as the last one
  // seen are not missed, and the overlap is dropped by the union.
  const from = since && new Date(Date.parse(since) - OVERLAP_MS).toISOString();
  let page = await retry(() => client.getStatements({ agent, since: from }));
  let added = 0;
  let cursor = since;
  for (;;) {
    added += await store.addPulled(page.statements);
    for (const s of page.statements) if (s.stored && (!cursor || s.stored > cursor)) cursor = s.stored;
    if (!page.more) break;
    const more = page.more;
    page = await retry(() => client.getStatements({ more }));
  }
  if (cursor && cursor !== since) await store.setPullCursor(cursor);
  return added;
}
