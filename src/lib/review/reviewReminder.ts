import { dueCards } from './dueCards.ts';
import type { ReviewCard } from './reviewSchedule.ts';

/** The Periodic Background Sync tag (and notification tag) of review reminders. */
export const REVIEW_REMINDER_TAG = 'review-reminder';

/** A reminder to show: how many cards are due, and the due cards to remember as announced. */
export interface ReviewReminder {
  count: number;
  /** One key per due card and due date: store it, and pass it back as `reminded` next time. */
  reminded: string[];
}

const keyOf = (c: ReviewCard) => `${c.moduleId}/${c.checkId}@${c.card.due.toISOString()}`;

/**
 * Whether the service worker should remind the learner at `now`: only when some card is due that no
 * earlier reminder announced (`reminded`, what the last reminder returned), so the same due cards
 * never bring a second notification; a card reviewed and due again has a new due date, so it counts
 * as new. The count is every card due, announced or not.
 */
export function reviewReminder(
  cards: readonly ReviewCard[],
  now: Date,
  reminded: readonly string[],
): ReviewReminder | undefined {
  const due = dueCards(cards, now).map(keyOf);
  const known = new Set(reminded);
  if (!due.some((key) => !known.has(key))) return undefined;
  return { count: due.length, reminded: due };
}
