import { mayHoldDatabase } from '../db/databaseName';
import { pageStorage, storageJournal } from './writeAheadJournal';

/**
 * The journey machine's snapshot as this browser last saved it: the write an earlier page left
 * unsettled in the write-ahead journal, else IndexedDB's; undefined for a learner who has not started
 * (on a first visit found without loading Dexie).
 */
export async function readStoredJourney(): Promise<unknown> {
  const unsettled = storageJournal(pageStorage())
    .unsettled()
    .findLast(({ key }) => key === 'journey');
  if (unsettled) return unsettled.entry;
  if (!(await mayHoldDatabase())) return undefined;
  return (await import('../db/journeySnapshot')).loadJourneySnapshot();
}
