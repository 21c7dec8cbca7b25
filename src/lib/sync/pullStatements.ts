import { checkStatement } from '../progress/statementSchema';
import type { LearningStatement } from '../progress/statements';
import type { LrsClient } from './lrsClient';
import type { LrsAgent } from './lrsConnectionSchema';
import type { SyncStore } from './syncStore';
import { withRetry } from './withRetry';

const OVERLAP_MS = 5_000;

/**
 * Fetches this learner's statements stored since the last pull (all of them the first time),
 * following `more` links, and adds them to the local log: a union by statement id, so this
 * device's own statements coming back change nothing. Voiding statements arrive like any other,
 * and progress derivation applies them. Every statement is validated first: one that fails (no
 * verb, say) is quarantined with the reason, never added to the log. Returns how many statements
 * were new in the log.
 */
export async function pullStatements(
  client: LrsClient,
  store: SyncStore,
  agent: LrsAgent,
  retry: typeof withRetry = withRetry,
): Promise<number> {
  const since = await store.pullCursor();
  // Ask from a little before the cursor: statements stored in the same instant as the last one
  // seen are not missed, and the overlap is dropped by the union.
  const from = since && new Date(Date.parse(since) - OVERLAP_MS).toISOString();
  let page = await retry(() => client.getStatements({ agent, since: from }));
  let added = 0;
  let cursor = since;
  for (;;) {
    const valid: LearningStatement[] = [];
    const rejected: Array<{ statement: unknown; reason: string }> = [];
    for (const statement of page.statements as unknown[]) {
      const checked = checkStatement(statement);
      if (checked.ok) valid.push(checked.statement);
      else rejected.push({ statement, reason: checked.reason });
    }
    added += await store.addPulled(valid);
    await store.quarantine(rejected);
    // A quarantined statement moves the cursor too: it is kept, so it need not be pulled again.
    for (const s of page.statements as Array<{ stored?: unknown } | null>) {
      const stored = s?.stored;
      if (typeof stored === 'string' && (!cursor || stored > cursor)) cursor = stored;
    }
    if (!page.more) break;
    const more = page.more;
    page = await retry(() => client.getStatements({ more }));
  }
  if (cursor && cursor !== since) await store.setPullCursor(cursor);
  return added;
}
