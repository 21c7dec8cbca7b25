import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { cardsInCurriculum } from '../lib/review/cardsInCurriculum';
import { dueCards } from '../lib/review/dueCards';
import { type ReviewCard, reviewSchedule } from '../lib/review/reviewSchedule';
import { clientMessages } from './clientMessages';
import { pageBase } from './pageBase';
import { whenDatabaseMayExist } from './whenDatabaseMayExist';

/** What the "Review" entry says; the pages that show it ship them (`<ClientMessages>`). */
export const REVIEW_ENTRY_MESSAGES = ['review.entry', 'review.entryNone'] as const;

/**
 * The "Review" entry (home and journey pages): hidden until the learner has a review card, then a
 * link saying how many questions are due, recounted whenever the event log changes (Dexie's
 * liveQuery: a review in another tab, a sync pull), never by polling. Cards of checks no longer in
 * the curriculum are not counted, as the session does not ask them. A first visit, with nothing
 * stored, loads no database code for it.
 */
export async function bindReviewEntry(entry: HTMLElement): Promise<void> {
  const t = clientMessages();
  const link = entry.querySelector('a')!;
  // The curriculum is fetched only once there is a card to count (and again if that failed).
  let curriculum: Promise<PlannerCurriculum> | undefined;
  await whenDatabaseMayExist();
  const { watchStatements } = await import('../db/watchStatements');
  watchStatements(async (log) => {
    const all = reviewSchedule(log);
    if (all.length === 0) return;
    curriculum ??= fetch(`${pageBase()}curriculum.json`).then((r) => r.json() as Promise<PlannerCurriculum>);
    let cards: ReviewCard[];
    try {
      cards = cardsInCurriculum(all, await curriculum);
    } catch {
      curriculum = undefined;
      return;
    }
    const count = dueCards(cards, new Date()).length;
    link.textContent = count === 0 ? t('review.entryNone') : t('review.entry', { count });
    entry.hidden = cards.length === 0;
  });
}
