import { describeGrade, gradeCheck, type CheckKey } from '../lib/assessment/gradeCheck';

/** Detail of the `cohesion:check-answered` event a knowledge check dispatches on each attempt. */
export interface CheckAnsweredDetail {
  moduleId: string;
  checkId: string;
  passed: boolean;
  chosen: number[];
}

/**
 * Makes every server-rendered knowledge check (`form[data-kc]`) answerable: grades on submit,
 * reveals each option's explanation, announces the result, and lets the learner try again.
 */
export function bindKnowledgeChecks(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-kc]:not([data-bound])')) {
    form.dataset.bound = '';
    const key: CheckKey = { type: form.dataset.type === 'multiple' ? 'multiple' : 'single', correct: JSON.parse(form.dataset.correct ?? '[]') };
    const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
    const options = [...form.querySelectorAll<HTMLElement>('[data-option]')];
    const result = form.querySelector<HTMLElement>('.result')!;
    const retry = form.querySelector<HTMLButtonElement>('[data-retry]')!;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
      if (chosen.length === 0) {
        result.textContent = 'Choose an answer first.';
        return;
      }
      const grade = gradeCheck(key, chosen, inputs.length);
      options.forEach((option, i) => {
        const isCorrect = key.correct.includes(i);
        option.classList.toggle('is-right', isCorrect);
        option.classList.toggle('is-wrong', inputs[i]!.checked && !isCorrect);
        option.querySelector('[data-verdict]')!.textContent = isCorrect ? '✓ Correct answer:' : inputs[i]!.checked ? '✗ Not correct:' : '';
        option.querySelector<HTMLElement>('.explanation')!.hidden = false;
      });
      inputs.forEach((input) => (input.disabled = true));
      result.textContent = describeGrade(grade, key.type);
      retry.hidden = grade.passed;
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.hidden = true;
      const detail: CheckAnsweredDetail = { moduleId: form.dataset.module ?? '', checkId: form.dataset.check ?? '', passed: grade.passed, chosen };
      form.dispatchEvent(new CustomEvent('cohesion:check-answered', { bubbles: true, detail }));
      (grade.passed ? result : retry).focus?.();
    });

    retry.addEventListener('click', () => {
      form.reset();
      inputs.forEach((input) => (input.disabled = false));
      options.forEach((option) => {
        option.classList.remove('is-right', 'is-wrong');
        option.querySelector('[data-verdict]')!.textContent = '';
        option.querySelector<HTMLElement>('.explanation')!.hidden = true;
      });
      result.textContent = '';
      retry.hidden = true;
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.hidden = false;
      inputs[0]?.focus();
    });
  }
}
