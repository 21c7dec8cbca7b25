import { loadStatements } from '../db/events';
import { QUICK_QUIZ_PARAM } from '../lib/journey/quickQuiz';
import { testOutRetry } from '../lib/progress/testOutRetry';
import type { CheckAnsweredDetail } from './bindKnowledgeChecks';
import type { TestOutEnd } from './showQuickQuiz';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The test-out page: one attempt counts. The checks are shown only when a test-out is allowed
 * (never tried, or studied / a day passed since a failed one). All right → the module is recorded
 * as tested out; the first wrong answer records a failed test-out at once, so leaving the page
 * half-way does not open another attempt. Opened from the journey's quick quiz, the page then leads
 * on to the next module of the quiz (`showQuickQuiz`).
 */
export function bindTestOut(section: HTMLElement): void {
  const moduleId = section.dataset.module!;
  const checks = section.querySelector<HTMLElement>('[data-test-out-checks]')!;
  const wait = section.querySelector<HTMLElement>('[data-test-out-wait]')!;
  const total = checks.querySelectorAll('form[data-kc]').length;
  const result = section.querySelector<HTMLElement>('[data-test-out-result]')!;
  const answers = new Map<string, boolean>();
  const quiz = section.querySelector<HTMLElement>('[data-quick-quiz]')!;
  // In a quick quiz (its queue in the address), the quiz box follows the attempt; updates run in order.
  let quizShown: Promise<void> = Promise.resolve();
  const showQuiz = (end?: TestOutEnd) => {
    if (!new URLSearchParams(location.search).has(QUICK_QUIZ_PARAM)) return quizShown;
    quizShown = quizShown
      .then(() => import('./showQuickQuiz'))
      .then(({ showQuickQuiz }) => showQuickQuiz(quiz, moduleId, end));
    return quizShown;
  };
  void showQuiz();
  const send = (event: { type: 'module.testOut' | 'module.testOutFailed'; moduleId: string }) =>
    import('./journeyActor').then(async ({ getJourney }) => (await getJourney()).actor.send(event));

  void loadStatements().then((log) => {
    const retry = testOutRetry(log, moduleId, new Date());
    if (retry.allowed) {
      checks.hidden = false;
      return;
    }
    wait.replaceChildren(
      `You tried to test out on ${when.format(new Date(retry.failedAt))}, and one attempt counts. Study the module (answer one of its knowledge checks) to try again, or come back from ${when.format(new Date(retry.retryFrom))}. `,
      Object.assign(document.createElement('a'), { href: `/modules/${moduleId}/`, textContent: 'Study the module' }),
    );
    wait.hidden = false;
    void showQuiz('waiting');
  });

  section.addEventListener('cohesion:check-answered', (e) => {
    const { checkId, passed } = (e as CustomEvent<CheckAnsweredDetail>).detail;
    if (answers.has(checkId)) return;
    answers.set(checkId, passed);
    const right = [...answers.values()].filter(Boolean).length;
    if (!passed && right === answers.size - 1) void send({ type: 'module.testOutFailed', moduleId });
    if (answers.size < total) return;
    if (right === total) {
      void send({ type: 'module.testOut', moduleId }).then(() => {
        result.textContent = `You answered all ${total} checks right: this module is marked as tested out in your journey.`;
        result.focus();
        return showQuiz('testedOut');
      });
      return;
    }
    result.textContent = `You answered ${right} of ${total} right. Take the module to close the gap; your journey keeps it.`;
    result.focus();
    void showQuiz('failed');
  });
}
