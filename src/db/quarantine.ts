import type { AppDB, QuarantinedStatement } from './AppDB';
import { db as defaultDb } from './db';

/** Statements refused on their way into the log (newest first), kept with the reason. */
export async function loadQuarantine(db: AppDB = defaultDb): Promise<QuarantinedStatement[]> {
  return (await db.quarantine.orderBy('receivedAt').toArray()).reverse();
}
