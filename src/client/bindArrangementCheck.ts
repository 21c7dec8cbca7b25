import type { ArrangementCheckAnswer, CheckAnswer } from '../lib/assessment/answerKey';
import { gradeArrangement } from '../lib/assessment/gradeArrangement';
import type { CheckInteraction } from '../lib/progress/checkInteraction';
import { clientMessages } from './clientMessages';

/** What the check dispatches once graded: the answer, and for the statement the interaction and its right answer. */
export interface ArrangementAnswered {
  passed: boolean;
  chosen: number[];
  interaction: CheckInteraction;
}

/**
 * An ordering check (steps moved with "Move up" / "Move down" buttons, each move announced) or a
 * matching check (a list per item), graded against the module's answer key. Like the choice checks:
 * "Check answer" grades once; then "Try again" and "Show answer" until passed; `data-once` (test-out)
 * reveals the answer after the one attempt. `key` is called with each submitted answer and fetches this
 * check's key; `answered` reports each graded attempt.
 */
export function bindArrangementCheck(
  form: HTMLFormElement,
  key: (given: readonly number[]) => Promise<CheckAnswer | undefined>,
  answered: (detail: ArrangementAnswered) => void,
): void {
  const t = clientMessages();
  const ordering = form.dataset.type === 'ordering';
  const once = form.dataset.once !== undefined;
  const list = form.querySelector<HTMLElement>('[data-steps]');
  const rows = () => [...form.querySelectorAll<HTMLElement>(ordering ? '[data-step]' : '[data-item]')];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const moves = [...form.querySelectorAll<HTMLButtonElement>('[data-move]')];
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const retry = form.querySelector<HTMLButtonElement>('[data-retry]');
  const reveal = form.querySelector<HTMLButtonElement>('[data-reveal]');
  const result = form.querySelector<HTMLElement>('.result')!;
  const announce = form.querySelector<HTMLElement>('[data-announce]')!;
  const explanation = form.querySelector<HTMLElement>('[data-explanation]')!;
  let graded = false;

  /** The answer as the key has it: the steps' shown indexes in the learner's order, or each item's option (-1: none). */
  const given = () =>
    ordering
      ? rows().map((row) => Number(row.dataset.step))
      : selects.map((select) => (select.value === '' ? -1 : Number(select.value)));

  const mark = (right: readonly boolean[] | null) =>
    rows().forEach((row, i) => {
      const verdict = right?.[i];
      row.classList.toggle('is-right', verdict === true);
      row.classList.toggle('is-wrong', verdict === false);
      row.querySelector('[data-verdict]')!.textContent =
        verdict === undefined ? '' : t(verdict ? 'check.placeRight' : 'check.placeWrong');
    });

  const lock = (locked: boolean) => {
    for (const control of [...moves, ...selects]) control.disabled = locked;
  };

  const showAnswer = (answer: ArrangementCheckAnswer) => {
    if (ordering && list)
      for (const shown of answer.correct) list.append(rows().find((r) => r.dataset.step === String(shown))!);
    else
      selects.forEach((select, i) => {
        select.value = String(answer.correct[i]);
      });
    mark(answer.correct.map(() => true));
    if (answer.explanation) {
      explanation.innerHTML = answer.explanation; // inline Markdown rendered at build time (raw HTML escaped)
      explanation.hidden = false;
    }
  };

  for (const button of moves)
    button.addEventListener('click', () => {
      const row = button.closest<HTMLElement>('[data-step]')!;
      const all = rows();
      const to = all.indexOf(row) + Number(button.dataset.move);
      if (to < 0 || to >= all.length) return;
      if (Number(button.dataset.move) < 0) all[to]!.before(row);
      else all[to]!.after(row);
      button.focus(); // moving the row takes focus away in some browsers
      const step = row.querySelector('.step-text')!.textContent ?? '';
      announce.textContent = t('check.moved', { step, position: to + 1, total: all.length });
    });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (graded) return;
    const answer = given();
    if (!ordering && answer.includes(-1)) {
      result.textContent = t('check.matchAll');
      return;
    }
    graded = true;
    submit.disabled = true;
    key(answer)
      .then((found) => {
        if (!found || found.type !== form.dataset.type)
          throw new Error(`answer key: no such check ${form.dataset.check}`);
        const answerKey = found as ArrangementCheckAnswer;
        const grade = gradeArrangement(answerKey.correct, answer);
        lock(true);
        if (grade.passed || once) showAnswer(answerKey);
        else mark(grade.right);
        result.textContent = grade.passed
          ? t('check.arrangedRight')
          : once
            ? t('check.onceMissed')
            : t(ordering ? 'check.orderingMissed' : 'check.matchingMissed', {
                count: grade.rightCount,
                total: grade.total,
              });
        submit.hidden = true;
        if (retry) retry.hidden = grade.passed;
        if (reveal) {
          reveal.hidden = grade.passed;
          reveal.onclick = () => {
            showAnswer(answerKey);
            reveal.hidden = true;
            result.textContent = t('check.answerShown');
            retry?.focus();
          };
        }
        (grade.passed || !retry ? result : retry).focus();
        answered({
          passed: grade.passed,
          chosen: answer,
          interaction: {
            kind: ordering ? 'ordering' : 'matching',
            correct: answerKey.correct,
            optionCount: answerKey.optionCount,
          },
        });
      })
      .catch((error: unknown) => {
        console.warn('Cohesion: could not grade the answer.', error);
        graded = false;
        result.textContent = t('check.notGraded');
      })
      .finally(() => (submit.disabled = false));
  });

  retry?.addEventListener('click', () => {
    graded = false;
    lock(false);
    mark(null);
    explanation.hidden = true;
    result.textContent = '';
    retry.hidden = true;
    if (reveal) reveal.hidden = true;
    submit.hidden = false;
    (moves[0] ?? selects[0])?.focus();
  });
}
