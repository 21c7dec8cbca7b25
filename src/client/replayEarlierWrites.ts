import type { AppDB } from '../db/AppDB';
import { db as defaultDb } from '../db/db';
import { recordStatements } from '../db/events';
import { saveJourneySnapshot } from '../db/journeySnapshot';
import type { LearningStatement } from '../lib/progress/statements';
import { pageStorage, storageJournal, type WriteAheadJournal } from './writeAheadJournal';

/**
 * Writes into IndexedDB what earlier pages noted in the write-ahead journal but left before it was
 * committed: their learning statements and the latest journey. For code that reads the stored learning
 * without running the journey, such as sync before each run: without it, a learner who answered and went
 * straight to the Sync page would send the journey as it was a step before, and be told "Up to date".
 *
 * Safe beside a page that is writing the same entries: statements are stored by id, and the journey is
 * written only while its note is still the journal's latest, so an older journey never replaces a newer
 * one another tab is writing. Answers noted before grading are left to a page that runs the journey,
 * which grades them. Never throws: what storage refuses stays noted. Cheap when there is nothing to replay:
 * one pass over localStorage's keys.
 */
export async function replayEarlierWrites(
  journal: WriteAheadJournal = storageJournal(pageStorage()),
  db: AppDB = defaultDb,
): Promise<void> {
  for (const { key, entry, token } of journal.unsettled()) {
    try {
      if (key.startsWith('statements:')) await recordStatements(entry as LearningStatement[], db);
      else if (key === 'journey') await saveJourneySnapshot(entry, db, undefined, () => journal.holds(key, token));
      else continue;
      journal.settle(key, token);
    } catch {
      // Storage still refuses (full, blocked): the note stays in the journal for a later page, and the
      // caller reads what IndexedDB holds, as it would have without the journal.
    }
  }
}
