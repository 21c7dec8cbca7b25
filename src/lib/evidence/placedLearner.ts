import type { LearnerHistory } from './learnerHistory.ts';

/**
 * A learner as the plan reads them: where they sit, and their history, read only while their answers
 * are worked out. The plan keeps the answers, not the history: a history parsed for it (a server
 * keeps each as stored JSON) is garbage at once, never copied by the collector with the plan's work.
 */
export interface PlacedLearner {
  region: string;
  path: string;
  function: string;
  history(): LearnerHistory;
}

/** A history as a `PlacedLearner`: where it says the learner sits, and itself. */
export const placedHistory = (history: LearnerHistory): PlacedLearner => ({
  region: history.region,
  path: history.path,
  function: history.function,
  history: () => history,
});
