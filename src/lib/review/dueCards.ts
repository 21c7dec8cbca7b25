import type { ReviewCard } from './reviewSchedule.ts';

/** A review session's length: ten cards at most. */
export const SESSION_SIZE = 10;

/**
 * The cards due at `now`, the longest overdue first (ties by module, then check), at most `limit`
 * of them: a session asks the ones most at risk of being forgotten.
 */
export function dueCards(cards: readonly ReviewCard[], now: Date, limit = Number.POSITIVE_INFINITY): ReviewCard[] {
  return cards
    .filter((c) => c.card.due.getTime() <= now.getTime())
    .sort(
      (a, b) =>
        a.card.due.getTime() - b.card.due.getTime() ||
        a.moduleId.localeCompare(b.moduleId) ||
        a.checkId.localeCompare(b.checkId),
    )
    .slice(0, limit);
}
