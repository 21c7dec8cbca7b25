import type { Page } from '@playwright/test';

/** What `/modules/<id>/checks.json` holds for one check (the page itself carries no answer key). */
export interface CheckAnswer {
  type: 'single' | 'multiple';
  correct: number[];
  explanations: string[];
}

/** The module's answer key, read the way the page reads it at grading time. */
export async function answerKey(page: Page, moduleId: string): Promise<Record<string, CheckAnswer>> {
  const response = await page.request.get(`/modules/${moduleId}/checks.json`);
  return ((await response.json()) as { checks: Record<string, CheckAnswer> }).checks;
}

/** The answer key of one knowledge-check form on the page. */
export async function keyOf(page: Page, form: ReturnType<Page['locator']>): Promise<CheckAnswer> {
  const [moduleId, checkId] = await Promise.all([form.getAttribute('data-module'), form.getAttribute('data-check')]);
  return (await answerKey(page, moduleId!))[checkId!]!;
}

/** Checks the option with the given authored index (options may be shown shuffled). */
export async function chooseOption(form: ReturnType<Page['locator']>, index: number) {
  await form.locator(`input[value="${index}"]`).check();
}
