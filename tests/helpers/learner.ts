import { expect, type Page } from '@playwright/test';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum';
import { chooseOption, keyOf } from './answerKey';
import { startAfterWalk } from './startAfterWalk';

/** The "Question n of N" line of the self-assessment. */
export const questionLabel = (page: Page) => page.getByText(/^Question \d+ of \d+/);

/** What a reader does first on a module page: scroll. (The journey loads at the first interaction.) */
export async function startReading(page: Page) {
  // After a click that navigates, the page's scripts must have run to see the reader's first scroll.
  await page.waitForLoadState('load');
  await page.mouse.move(10, 200);
  await page.mouse.wheel(0, 120);
}

/** Answers every knowledge check on the page correctly (the module's answer key says which options are right). */
export async function answerChecksCorrectly(page: Page) {
  for (const form of await page.locator('form[data-kc]').all()) {
    const { correct } = await keyOf(page, form);
    for (const i of correct) await chooseOption(form, i);
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.getByRole('status')).not.toBeEmpty();
  }
}

/** Answers every check on the page, right except the first one when `missFirst` (a failed test-out). */
export async function answerEveryCheck(page: Page, missFirst: boolean) {
  const forms = await page.locator('form[data-kc]').all();
  for (const [n, form] of forms.entries()) {
    const { correct, type } = await keyOf(page, form);
    const wrong = [...Array(await form.locator('input').count()).keys()].find((i) => !correct.includes(i))!;
    for (const i of missFirst && n === 0 ? [wrong] : type === 'single' ? [correct[0]!] : correct)
      await chooseOption(form, i);
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.getByRole('status')).not.toBeEmpty();
  }
}

/**
 * From the assessment results: opens the journey, starts its first module and completes it by
 * passing every knowledge check. Returns the module page's journey box.
 */
export async function completeFirstJourneyModule(page: Page) {
  await page.getByRole('link', { name: 'See your journey' }).click();
  return completeFirstModuleFromJourney(page);
}

/** On the journey page: opens its first module and starts reading, once the module's journey box shows. Returns that box. */
export async function openFirstJourneyModule(page: Page) {
  await page.getByRole('link', { name: /^Start: / }).click();
  await page.waitForURL(/\/modules\/[^/]+\/$/);
  await startReading(page);
  const status = page.getByRole('complementary', { name: 'Your journey' });
  await expect(status).toContainText('0 of');
  return status;
}

/** On the journey page: re-plans the journey to aim at one competency (by its name) at `level`, confirming. */
export async function aimAt(page: Page, competency: string, level: number) {
  await page.getByLabel('Aim at').selectOption({ label: competency });
  await page.getByLabel('at level').selectOption(String(level));
  await page.getByRole('button', { name: 'Change target' }).click();
  await page.getByRole('button', { name: 'Yes, re-plan' }).click();
}

/** On the journey page: starts its first module and completes it. Returns the module page's journey box. */
export async function completeFirstModuleFromJourney(page: Page) {
  await expect(page.getByText(/^0 of \d+ modules done/)).toBeVisible();
  const status = await openFirstJourneyModule(page);
  await answerChecksCorrectly(page);
  await expect(status).toContainText('Done');
  return status;
}

/**
 * A learner who skipped every self-assessment question (no evidence, so the journey covers every target
 * from level 0), at the results: the walk below, recorded once per worker and restored (startAfterWalk).
 */
export async function skipWholeAssessment(page: Page) {
  await startAfterWalk(page, 'skipped', walkSkippingWholeAssessment, '/assessment/');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

/** Skips every self-assessment question through the UI, to the results. */
export async function walkSkippingWholeAssessment(page: Page) {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Skip the remaining questions' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

let optionAt: Map<string, (level: number) => number> | undefined;

/** Opens the self-assessment and starts it, at its first question. */
export async function startAssessment(page: Page) {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(questionLabel(page)).toBeVisible();
}

/** Answers the self-assessment question on screen with the option anchored to `level`. */
export async function answerAtLevel(page: Page, level: number) {
  // The site's own curriculum data, as the page reads it.
  if (!optionAt) {
    const { assessment } = (await (await page.request.get('/curriculum.json')).json()) as PlannerCurriculum;
    optionAt = new Map(
      assessment.flatMap((b) =>
        b.items.map((i) => [i.id, (l: number) => i.options.findIndex((o) => o.level === l)] as const),
      ),
    );
  }
  const itemId = (await page.getByRole('radio').first().getAttribute('name'))!;
  await page.getByRole('radio').nth(optionAt.get(itemId)!(level)).check();
  await page.getByRole('button', { name: 'Next' }).click();
}

/**
 * A learner who answered the whole self-assessment at `level`, at the results: the walk below, recorded
 * once per worker and level and restored (startAfterWalk).
 */
export async function assessAtLevel(page: Page, level: number) {
  await startAfterWalk(page, `level ${level}`, (walker) => walkAssessmentAtLevel(walker, level), '/assessment/');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

/** Answers the whole self-assessment at `level` through the UI and shows the results. */
export async function walkAssessmentAtLevel(page: Page, level: number) {
  await startAssessment(page);
  while (await questionLabel(page).isVisible()) await answerAtLevel(page, level);
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

/** Answers the whole self-assessment at `level`, then opens the journey from the results. */
export async function assessAtLevelAndOpenJourney(page: Page, level: number) {
  await assessAtLevel(page, level);
  await page.getByRole('link', { name: 'See your journey' }).click();
}
