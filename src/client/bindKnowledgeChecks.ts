import type { ChoiceCheckAnswer, FreeTextCheckAnswer } from '../lib/assessment/answerKey';
import { feedbackFor, gradeCheck } from '../lib/assessment/gradeCheck';
import { seededOrder } from '../lib/assessment/seededOrder';
import type { Translate } from '../lib/i18n/createTranslator';
import type { CheckInteraction } from '../lib/progress/checkInteraction';
import type { CHECK_MESSAGES } from './checkMessages';
import { clientMessages } from './clientMessages';
import { describeGrade } from './describeGrade';
import { fetchAnswerKey } from './fetchAnswerKey';
import { type AttemptNote, noteAttempt } from './ungradedAttempts';

/** Detail of the `cohesion:check-answered` event a knowledge check dispatches on each attempt. */
export interface CheckAnsweredDetail {
  moduleId: string;
  checkId: string;
  passed: boolean;
  chosen: number[];
  /** Ordering and matching checks: what the xAPI statement records of the interaction. */
  interaction?: CheckInteraction;
  /** The attempt's note in the write-ahead journal: claim it before recording (see ungradedAttempts). */
  attempt?: AttemptNote;
}

type CheckMessage = (typeof CHECK_MESSAGES)[number];

/**
 * Where a check's answer key is (fetched once per page: on opening when the service worker can save it,
 * else at the first grading). A translated module's form names its own (`data-answers`, in its language).
 */
const answersOf = (form: HTMLFormElement) => form.dataset.answers ?? `/modules/${form.dataset.module}/checks.json`;

/** One check's key from the module's answer key, refusing a key of another kind than the form. */
async function keyOf<T extends ChoiceCheckAnswer | FreeTextCheckAnswer>(
  form: HTMLFormElement,
  checkId: string,
  freeText: boolean,
): Promise<T> {
  const key = (await fetchAnswerKey(answersOf(form))).checks[checkId];
  if (!key || (key.type === 'free-text') !== freeText) throw new Error(`answer key: no such check ${checkId}`);
  return key as T;
}

/** Shuffles the options in place, never leaving them in the authored order. */
function shuffle(options: HTMLElement[]): void {
  const order = options.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (order.every((n, i) => n === i)) order.push(order.shift()!);
  reorder(options, order);
}

/** Puts the options in the given order of authored indexes. */
function reorder(options: HTMLElement[], order: readonly number[]): void {
  const parent = options[0]!.parentElement!;
  const after = options.at(-1)!.nextSibling;
  for (const n of order) parent.insertBefore(options[n]!, after);
}

/** Shows a `data-shuffle` check's options in this learner's own order (seeded by learner id and check id). */
function shuffleForLearner(form: HTMLFormElement, options: HTMLElement[]): void {
  void import('./learnerStore')
    .then(({ learnerId }) => learnerId())
    .then((id) => reorder(options, seededOrder(options.length, `${id}/${form.dataset.module}/${form.dataset.check}`)))
    .catch(() => {});
}

/**
 * A free-text check: the learner writes an answer (kept in this browser only), compares it with
 * the model answer, and marks it; the mark is the attempt's result, dispatched like any other.
 */
function bindFreeText(form: HTMLFormElement, t: Translate<CheckMessage>): void {
  const moduleId = form.dataset.module ?? '';
  const checkId = form.dataset.check ?? '';
  const field = form.querySelector('textarea')!;
  const model = form.querySelector<HTMLElement>('[data-model]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const retry = form.querySelector<HTMLButtonElement>('[data-retry]');
  const result = form.querySelector<HTMLElement>('.result')!;
  const marks = [...form.querySelectorAll<HTMLButtonElement>('[data-mark]')];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (field.value.trim() === '') {
      result.textContent = t('check.writeFirst');
      return;
    }
    submit.disabled = true;
    keyOf<FreeTextCheckAnswer>(form, checkId, true)
      .then((key) => {
        model.querySelector('[data-model-answer]')!.innerHTML = key.modelAnswer;
        model.hidden = false;
        submit.hidden = true;
        result.textContent = '';
        for (const mark of marks) mark.hidden = false;
        marks[0]!.focus();
      })
      .catch((error: unknown) => {
        console.warn('Cohesion: could not load the model answer.', error);
        result.textContent = t('check.modelUnavailable');
      })
      .finally(() => (submit.disabled = false));
  });
  for (const mark of marks)
    mark.addEventListener('click', () => {
      const passed = mark.dataset.mark === 'pass';
      for (const m of marks) m.hidden = true;
      result.textContent = t(passed ? 'check.markedPass' : 'check.markedFail');
      if (retry) retry.hidden = passed;
      (passed || !retry ? result : retry).focus();
      const detail: CheckAnsweredDetail = { moduleId, checkId, passed, chosen: [] };
      form.dispatchEvent(new CustomEvent('cohesion:check-answered', { bubbles: true, detail }));
    });
  retry?.addEventListener('click', () => {
    model.hidden = true;
    retry.hidden = true;
    submit.hidden = false;
    result.textContent = '';
    field.focus();
  });
}

/**
 * Makes every server-rendered knowledge check (`form[data-kc]`) answerable, one action at a time:
 * "Check answer" grades once and goes away; then "Try again" and "Show answer" are offered until
 * the learner passes. A miss explains only the options chosen; a pass or "Show answer" explains
 * all. Each graded attempt dispatches `cohesion:check-answered` exactly once. A `data-once` check
 * (test-out) shows its options shuffled and allows one attempt, revealing the answer once graded;
 * one with `data-seed` (a review card) shows them in the order `seededOrder` gives that seed.
 */
export function bindKnowledgeChecks(root: ParentNode): void {
  const t = clientMessages();
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-kc]:not([data-bound])')) {
    form.dataset.bound = '';
    // A module opened online can be studied offline: fetching its answer key now lets the service
    // worker save it with the page, so grading works after the connection drops.
    if (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller)
      void fetchAnswerKey(answersOf(form)).catch(() => {});
    if (form.dataset.type === 'free-text') {
      bindFreeText(form, t);
      continue;
    }
    if (form.dataset.type === 'ordering' || form.dataset.type === 'matching') {
      const [moduleId, checkId] = [form.dataset.module ?? '', form.dataset.check ?? ''];
      // Loaded only by pages that have such a check: the others ship none of its code.
      const once = form.dataset.once !== undefined;
      let attempt: AttemptNote | undefined;
      void import('./bindArrangementCheck').then(({ bindArrangementCheck }) =>
        bindArrangementCheck(
          form,
          (given) => {
            if (!once)
              attempt = noteAttempt({
                answers: answersOf(form),
                moduleId,
                checkId,
                chosen: [...given],
                optionCount: given.length,
              });
            return fetchAnswerKey(answersOf(form)).then((key) => key.checks[checkId]);
          },
          (answer) => {
            const detail: CheckAnsweredDetail = { moduleId, checkId, ...answer, ...(attempt && { attempt }) };
            form.dispatchEvent(new CustomEvent('cohesion:check-answered', { bubbles: true, detail }));
          },
        ),
      );
      continue;
    }
    const once = form.dataset.once !== undefined;
    const moduleId = form.dataset.module ?? '';
    const checkId = form.dataset.check ?? '';
    const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
    const options = [...form.querySelectorAll<HTMLElement>('[data-option]')];
    const result = form.querySelector<HTMLElement>('.result')!;
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const retry = form.querySelector<HTMLButtonElement>('[data-retry]');
    const reveal = form.querySelector<HTMLButtonElement>('[data-reveal]');
    // A review card (`data-seed`) shows its options in an order seeded for that review.
    if (form.dataset.seed !== undefined && options.length > 1)
      reorder(options, seededOrder(options.length, form.dataset.seed));
    else if (once && options.length > 1) shuffle(options);
    else if (form.dataset.shuffle !== undefined && options.length > 1) shuffleForLearner(form, options);
    // answering → grading → graded; only "answering" accepts a submit, so an attempt is graded once.
    let state: 'answering' | 'grading' | 'graded' = 'answering';
    let chosen: number[] = [];

    const show = (key: ChoiceCheckAnswer, revealAll: boolean) => {
      const feedback = feedbackFor(key, chosen, options.length, revealAll);
      for (const option of options) {
        const i = Number(option.dataset.option);
        const { explain, mark } = feedback[i]!;
        option.classList.toggle('is-right', mark === 'correct-answer' || mark === 'correct');
        option.classList.toggle('is-wrong', mark === 'wrong');
        option.querySelector('[data-verdict]')!.textContent = mark ? t(`check.verdict.${mark}`) : '';
        const explanation = option.querySelector<HTMLElement>('.explanation')!;
        // Inline Markdown rendered at build time (src/lib/curriculum/renderInlineMarkdown: raw HTML escaped).
        explanation.innerHTML = key.explanations[i] ?? '';
        explanation.hidden = !explain;
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (state !== 'answering') return;
      chosen = inputs.flatMap((input) => (input.checked ? [Number(input.value)] : []));
      if (chosen.length === 0) {
        result.textContent = t('check.chooseFirst');
        return;
      }
      state = 'grading';
      submit.disabled = true;
      // Noted before the key is fetched: a learner who leaves at once still has the attempt recorded.
      const attempt = once
        ? undefined
        : noteAttempt({ answers: answersOf(form), moduleId, checkId, chosen, optionCount: options.length });
      keyOf<ChoiceCheckAnswer>(form, checkId, false)
        .then((key) => {
          const grade = gradeCheck(key, chosen, options.length);
          state = 'graded';
          show(key, once);
          for (const input of inputs) input.disabled = true;
          result.textContent = once && !grade.passed ? t('check.onceMarked') : describeGrade(t, grade, key.type);
          submit.hidden = true;
          if (retry) retry.hidden = grade.passed;
          if (reveal) reveal.hidden = grade.passed;
          if (reveal)
            reveal.onclick = () => {
              show(key, true);
              reveal.hidden = true;
              retry?.focus();
            };
          // Focus first: a listener may move it on (e.g. to the "Module complete" panel).
          (grade.passed || !retry ? result : retry).focus();
          const detail: CheckAnsweredDetail = {
            moduleId,
            checkId,
            passed: grade.passed,
            chosen,
            ...(attempt && { attempt }),
          };
          form.dispatchEvent(new CustomEvent('cohesion:check-answered', { bubbles: true, detail }));
        })
        .catch((error: unknown) => {
          console.warn('Cohesion: could not grade the answer.', error);
          state = 'answering';
          result.textContent = t('check.notGraded');
        })
        .finally(() => (submit.disabled = false));
    });

    retry?.addEventListener('click', () => {
      form.reset();
      for (const input of inputs) input.disabled = false;
      options.forEach((option) => {
        option.classList.remove('is-right', 'is-wrong');
        option.querySelector('[data-verdict]')!.textContent = '';
        option.querySelector<HTMLElement>('.explanation')!.hidden = true;
      });
      result.textContent = '';
      retry.hidden = true;
      if (reveal) reveal.hidden = true;
      submit.hidden = false;
      state = 'answering';
      form.querySelector<HTMLInputElement>('input')?.focus();
    });
  }
}
