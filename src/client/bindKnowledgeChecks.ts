import type { AnswerKey } from '../lib/assessment/answerKey';
import { describeGrade, feedbackFor, gradeCheck } from '../lib/assessment/gradeCheck';

/** Detail of the `cohesion:check-answered` event a knowledge check dispatches on each attempt. */
export interface CheckAnsweredDetail {
  moduleId: string;
  checkId: string;
  passed: boolean;
  chosen: number[];
}

const VERDICTS = { 'correct-answer': '✓ Correct answer:', correct: '✓ Correct:', wrong: '✗ Not correct:' } as const;
const keys = new Map<string, Promise<AnswerKey>>();

/** The module's answer key, fetched once per page at the first grading (precached for offline use). */
function answerKey(moduleId: string): Promise<AnswerKey> {
  let key = keys.get(moduleId);
  if (!key) {
    key = fetch(`/modules/${moduleId}/checks.json`).then((r) => {
      if (!r.ok) throw new Error(`answer key: HTTP ${r.status}`);
      return r.json() as Promise<AnswerKey>;
    });
    // A failed fetch (offline before the site was cached) can be tried again at the next attempt.
    key.catch(() => keys.delete(moduleId));
    keys.set(moduleId, key);
  }
  return key;
}

/** Shuffles the options in place, never leaving them in the authored order. */
function shuffle(options: HTMLElement[]): void {
  const order = options.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (order.every((n, i) => n === i)) order.push(order.shift()!);
  const parent = options[0]!.parentElement!;
  for (const n of order) parent.append(options[n]!);
}

/**
 * Makes every server-rendered knowledge check (`form[data-kc]`) answerable, one action at a time:
 * "Check answer" grades once and goes away; then "Try again" and "Show answer" are offered until
 * the learner passes. A miss explains only the options chosen; a pass or "Show answer" explains
 * all. Each graded attempt dispatches `cohesion:check-answered` exactly once. A `data-once` check
 * (test-out) shows its options shuffled and allows one attempt, revealing the answer once graded.
 */
export function bindKnowledgeChecks(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-kc]:not([data-bound])')) {
    form.dataset.bound = '';
    const once = form.dataset.once !== undefined;
    const moduleId = form.dataset.module ?? '';
    const checkId = form.dataset.check ?? '';
    const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
    const options = [...form.querySelectorAll<HTMLElement>('[data-option]')];
    const result = form.querySelector<HTMLElement>('.result')!;
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const retry = form.querySelector<HTMLButtonElement>('[data-retry]');
    const reveal = form.querySelector<HTMLButtonElement>('[data-reveal]');
    if (once && options.length > 1) shuffle(options);
    // answering → grading → graded; only "answering" accepts a submit, so an attempt is graded once.
    let state: 'answering' | 'grading' | 'graded' = 'answering';
    let chosen: number[] = [];

    const show = (key: AnswerKey['checks'][string], revealAll: boolean) => {
      const feedback = feedbackFor(key, chosen, options.length, revealAll);
      for (const option of options) {
        const i = Number(option.dataset.option);
        const { explain, mark } = feedback[i]!;
        option.classList.toggle('is-right', mark === 'correct-answer' || mark === 'correct');
        option.classList.toggle('is-wrong', mark === 'wrong');
        option.querySelector('[data-verdict]')!.textContent = mark ? VERDICTS[mark] : '';
        const explanation = option.querySelector<HTMLElement>('.explanation')!;
        explanation.textContent = key.explanations[i] ?? '';
        explanation.hidden = !explain;
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (state !== 'answering') return;
      chosen = inputs.flatMap((input) => (input.checked ? [Number(input.value)] : []));
      if (chosen.length === 0) {
        result.textContent = 'Choose an answer first.';
        return;
      }
      state = 'grading';
      submit.disabled = true;
      answerKey(moduleId)
        .then(({ checks }) => {
          const key = checks[checkId];
          if (!key) throw new Error(`answer key: no check ${checkId}`);
          const grade = gradeCheck(key, chosen, options.length);
          state = 'graded';
          show(key, once);
          for (const input of inputs) input.disabled = true;
          result.textContent =
            once && !grade.passed ? 'Not quite: the answer is marked above.' : describeGrade(grade, key.type);
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
          const detail: CheckAnsweredDetail = { moduleId, checkId, passed: grade.passed, chosen };
          form.dispatchEvent(new CustomEvent('cohesion:check-answered', { bubbles: true, detail }));
        })
        .catch((error: unknown) => {
          console.warn('Cohesion: could not grade the answer.', error);
          state = 'answering';
          result.textContent =
            'Your answer could not be checked: this page is not available offline yet. Try again once you are online.';
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
