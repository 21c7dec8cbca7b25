import { learnerId, loadStatements } from '../db/events';
import { statements } from '../lib/progress/statements';
import { cardsInCurriculum } from '../lib/review/cardsInCurriculum';
import { dueCards, SESSION_SIZE } from '../lib/review/dueCards';
import { type ReviewCard, reviewSchedule } from '../lib/review/reviewSchedule';
import { reviewSeed } from '../lib/review/reviewSeed';
import { bindKnowledgeChecks, type CheckAnsweredDetail } from './bindKnowledgeChecks';
import { clientMessages } from './clientMessages';
import { getJourney } from './journeyActor';
import { loadReviewCheck } from './loadReviewCheck';
import { pageBase } from './pageBase';
import { planJourneyOffline, saveForOffline } from './saveForOffline';

/** What the review page's script says; the page ships them (`<ClientMessages>`) with the checks' own. */
export const REVIEW_MESSAGES = [
  'review.none',
  'review.nothingDue',
  'review.position',
  'review.next',
  'review.finish',
  'review.unavailable',
  'review.notRecorded',
  'review.done',
  'review.doneNone',
  'review.nextDue',
] as const;

/**
 * The review session (`/review/`): the cards due now (`dueCards`, at most `SESSION_SIZE`), one
 * question at a time, each asked as its module asks it but once, options in a new seeded order
 * each review. Every answer is recorded as a review statement in the event log (so the schedule,
 * derived from the log, moves on), then "Next question" leads on; the end says how it went and
 * when the next question is due. Online, it also saves every card's module for reviews offline.
 */
export async function bindReview(section: HTMLElement): Promise<void> {
  const t = clientMessages();
  const base = pageBase();
  const when = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long' });
  const status = section.querySelector<HTMLElement>('[data-review-status]')!;
  const position = section.querySelector<HTMLElement>('[data-review-position]')!;
  const slot = section.querySelector<HTMLElement>('[data-review-card]')!;
  const next = section.querySelector<HTMLButtonElement>('[data-review-next]')!;
  const [{ actor, curriculum }, log, learner] = await Promise.all([getJourney(), loadStatements(), learnerId()]);
  const titles = new Map(curriculum.modules.map((m) => [m.id, m.title]));
  const cards = cardsInCurriculum(reviewSchedule(log), curriculum);
  if (navigator.onLine) void keepForOffline(cards).catch(() => {});
  const nextDue = (all: readonly ReviewCard[]) => {
    const soonest = Math.min(...all.map((c) => c.card.due.getTime()));
    return Number.isFinite(soonest) ? when.format(new Date(soonest)) : undefined;
  };
  const session = dueCards(cards, new Date(), SESSION_SIZE);
  if (session.length === 0) {
    const date = nextDue(cards);
    status.textContent = date ? t('review.nothingDue', { date }) : t('review.none');
    return;
  }

  let right = 0;
  let answered = 0;
  // Answers are recorded in order; the end waits for them before reading the new schedule.
  let recorded = Promise.resolve();
  // The question on screen changes in one step once the next one is loaded: until then the answered one stays,
  // inert (answering it again would record it twice), and the position still names it.
  const show = async (index: number) => {
    const card = session[index]!;
    const last = index === session.length - 1;
    next.hidden = true;
    slot.inert = true;
    let form: HTMLFormElement | undefined;
    try {
      form = await loadReviewCheck(base, card, reviewSeed(learner, card));
    } finally {
      slot.inert = false; // a failed load leaves the answered question usable, not frozen
    }
    position.textContent = t('review.position', {
      position: index + 1,
      total: session.length,
      module: titles.get(card.moduleId) ?? card.moduleId,
    });
    position.hidden = false;
    next.textContent = t(last ? 'review.finish' : 'review.next');
    next.onclick = () => void (last ? finish() : show(index + 1));
    status.textContent = '';
    if (!form) {
      slot.replaceChildren();
      status.textContent = t('review.unavailable');
      next.hidden = false;
      next.focus();
      return;
    }
    slot.replaceChildren(form);
    bindKnowledgeChecks(slot);
    position.focus();
  };
  slot.addEventListener('cohesion:check-answered', (event) => {
    const { moduleId, checkId, passed, chosen, interaction } = (event as CustomEvent<CheckAnsweredDetail>).detail;
    answered += 1;
    if (passed) right += 1;
    next.hidden = false;
    recorded = recorded
      .then(() =>
        actor.record((stamp) => [statements.reviewedCheck(stamp, moduleId, checkId, passed, chosen, interaction)]),
      )
      .catch(() => {
        status.textContent = t('review.notRecorded');
      });
  });
  const finish = async () => {
    slot.replaceChildren();
    position.hidden = true;
    next.hidden = true;
    await recorded;
    const done =
      answered === 0 ? '' : right === 0 ? t('review.doneNone') : t('review.done', { count: answered, right });
    const date = nextDue(cardsInCurriculum(reviewSchedule(await loadStatements()), curriculum));
    status.textContent = [done, date && t('review.nextDue', { date })].filter(Boolean).join(' ');
    status.focus();
  };
  await show(0);
}

/**
 * Saves each card's module (page and answer key, as a journey's modules are saved) where this
 * browser has no copy yet, so its reviews work offline; nothing when that would be a large download.
 */
async function keepForOffline(cards: readonly ReviewCard[]): Promise<void> {
  const plan = await planJourneyOffline([...new Set(cards.map((c) => c.moduleId))]);
  if (plan && !plan.large && plan.urls.length > 0) await saveForOffline(plan.urls, () => {});
}
