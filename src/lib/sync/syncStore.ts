import type { LearningStatement } from '../progress/statements';

/** What the sync run needs from local storage; `src/db/syncStore.ts` implements it over Dexie. */
export interface SyncStore {
  /** Up to `limit` statements waiting in the outbox, oldest first. */
  outboxBatch(limit: number): Promise<LearningStatement[]>;
  /** Takes sent statements out of the outbox. */
  markSent(ids: readonly string[]): Promise<void>;
  /** Adds statements from other devices to the log (not to the outbox); returns how many were new. */
  addPulled(statements: readonly LearningStatement[]): Promise<number>;
  /** Keeps statements that failed validation apart from the log, with the reason; returns how many were new. */
  quarantine(rejected: ReadonlyArray<{ statement: unknown; reason: string }>): Promise<number>;
  /** Where the last pull stopped (the LRS's `stored` time), if it ever ran. */
  pullCursor(): Promise<string | undefined>;
  setPullCursor(cursor: string): Promise<void>;
}
