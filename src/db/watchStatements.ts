import { liveQuery } from 'dexie';
import type { LearningStatement } from '../lib/progress/statements';
import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';
import { loadStatements } from './events';

/**
 * Calls `onChange` with the whole event log now and after every write to it (Dexie's liveQuery, in
 * this tab and others: a review recorded, a sync pull, an import); returns the function that stops watching.
 */
export function watchStatements(
  onChange: (log: LearningStatement[]) => void,
  db: AppDB = defaultDb,
  onError: (error: unknown) => void = () => {},
): () => void {
  const subscription = liveQuery(() => loadStatements(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
