import { loadStatements } from '../db/events';
import { QUICK_QUIZ_PARAM } from '../lib/journey/quickQuiz';
import { testOutRetry } from '../lib/progress/testOutRetry';
import type { CheckAnsweredDetail } from './bindKnowledgeChecks';
import { clientMessages } from './clientMessages';
import { pageBase } from './pageBase';
import type { TestOutEnd } from './showQuickQuiz';

/** What the test-out page's script says, the quick quiz's included; the test-out page ships them (`<ClientMessages>`). */
export const TEST_OUT_MESSAGES = [
  'testOut.wait',
  'testOut.study',
  'testOut.allRight',
  'testOut.someRight',
  'testOut.back',
  'quickQuiz.position',
  'quickQuiz.skipped',
  'quickQuiz.next',
  'quickQuiz.summary',
  'quickQuiz.summaryAll',
] as const;

/**
 * The test-out page: one attempt counts. The checks are shown only when a test-out is allowed
 * (never tried, or studied / a day passed since a failed one). All right → the module is recorded
 * as tested out; the first wrong answer records a failed test-out at once, so leaving the page
 * half-way does not open another attempt. Opened from the journey's quick quiz, the page then leads
 * on to the next module of the quiz (`showQuickQuiz`).
 */
export function bindTestOut(section: HTMLElement): void {
  const moduleId = section.dataset.module!;
  const t = clientMessages();
  // Dates as the page's language writes them (the layout sets <html lang>).
  const when = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
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
      t('testOut.wait', { date: when.format(new Date(retry.failedAt)), retry: when.format(new Date(retry.retryFrom)) }),
      Object.assign(document.createElement('a'), {
        href: `${pageBase()}modules/${moduleId}/`,
        textContent: t('testOut.study'),
      }),
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
        result.textContent = t('testOut.allRight', { count: total });
        result.focus();
        return showQuiz('testedOut');
      });
      return;
    }
    result.textContent = t('testOut.someRight', { count: right, total });
    result.focus();
    void showQuiz('failed');
  });
}
