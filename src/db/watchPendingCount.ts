import { liveQuery } from 'dexie';
import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';
import { pendingCount } from './syncStore';

/**
 * Calls `onChange` with how many statements wait to be sent, now and after every write that changes
 * it (Dexie's liveQuery, in this tab and others); returns the function that stops watching.
 */
export function watchPendingCount(onChange: (count: number) => void, db: AppDB = defaultDb): () => void {
  const subscription = liveQuery(() => pendingCount(db)).subscribe({ next: onChange });
  return () => subscription.unsubscribe();
}
