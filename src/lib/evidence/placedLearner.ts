import type { LearnerHistory } from './learnerHistory.ts';
import { type StoredHistory, storedHistory } from './storedHistory.ts';

/**
 * A learner as the plan reads them: where they sit, and their history in its stored form, read only
 * while their answers are worked out. The plan keeps the answers, not the history: a history parsed
 * for it (a server keeps each as stored JSON) is garbage at once, never copied by the collector with
 * the plan's work.
 */
export interface PlacedLearner {
  region: string;
  path: string;
  function: string;
  history(): StoredHistory;
}

/** A history as a `PlacedLearner`: where it says the learner sits, and its stored form. */
export const placedHistory = (history: LearnerHistory): PlacedLearner => ({
  region: history.region,
  path: history.path,
  function: history.function,
  history: () => storedHistory(history),
});
