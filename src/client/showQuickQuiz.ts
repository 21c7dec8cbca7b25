import { loadStatements } from '../db/events';
import {
  parseQuickQuiz,
  type QuickQuizStanding,
  quickQuizHref,
  quickQuizNext,
  quickQuizStanding,
  quickQuizSummary,
} from '../lib/journey/quickQuiz';
import { clientMessages } from './clientMessages';
import { describeQuickQuizSummary } from './describeQuickQuizSummary';
import { getJourney } from './journeyActor';
import { pageBase } from './pageBase';

/** How the current test-out page ended: passed, failed, or not open (its retry still waits). */
export type TestOutEnd = 'testedOut' | 'failed' | 'waiting';

const a = (href: string, text: string, className = '') =>
  Object.assign(document.createElement('a'), { href, textContent: text, className });
const p = (...parts: Array<string | Node>) => {
  const el = document.createElement('p');
  el.append(...parts);
  return el;
};

/**
 * The quick-quiz box of a test-out page opened from the journey's quick quiz: where the learner
 * is in the queue and, once this test-out has ended, the next module open to try (naming those
 * skipped because their retry waits) or, after the last, the summary with a way back to the journey.
 */
export async function showQuickQuiz(box: HTMLElement, moduleId: string, end?: TestOutEnd): Promise<void> {
  const { actor, curriculum } = await getJourney();
  const queue = parseQuickQuiz(location.search, moduleId, new Set(curriculum.modules.map((m) => m.id)));
  if (queue.length === 0) return;
  const title = (id: string) => curriculum.modules.find((m) => m.id === id)?.title ?? id;
  const body = box.querySelector<HTMLElement>('[data-quick-quiz-body]')!;
  const t = clientMessages();
  const parts: HTMLElement[] = [
    p(t('quickQuiz.position', { position: queue.indexOf(moduleId) + 1, total: queue.length })),
  ];
  if (end) {
    const { context } = actor.getSnapshot();
    const logged = quickQuizStanding(await loadStatements(), [...context.completed, ...context.testedOut], new Date());
    // This page's own outcome is known here even before its statement reaches the log.
    const standing = (id: string): QuickQuizStanding =>
      id !== moduleId ? logged(id) : end === 'testedOut' ? 'testedOut' : 'waiting';
    const { next, skipped } = quickQuizNext(queue, moduleId, standing);
    for (const id of skipped) parts.push(p(t('quickQuiz.skipped', { module: title(id) })));
    if (next) {
      parts.push(p(a(quickQuizHref(queue, next, pageBase()), t('quickQuiz.next', { module: title(next) }), 'button')));
    } else {
      parts.push(
        p(describeQuickQuizSummary(t, quickQuizSummary(queue, standing))),
        p(a(`${pageBase()}journey/`, t('testOut.back'), 'button')),
      );
    }
  }
  body.replaceChildren(...parts);
  box.hidden = false;
}
