import { loadJourneySnapshot } from '../db/journeySnapshot';
import { pageStorage, storageJournal } from './writeAheadJournal';

/**
 * The journey machine's snapshot as this browser last saved it: the write an earlier page left
 * unsettled in the write-ahead journal, else IndexedDB's; undefined for a learner who has not started.
 */
export async function readStoredJourney(): Promise<unknown> {
  const unsettled = storageJournal(pageStorage())
    .unsettled()
    .findLast(({ key }) => key === 'journey');
  return unsettled ? unsettled.entry : loadJourneySnapshot();
}
