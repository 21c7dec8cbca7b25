import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import {
  answerChecksCorrectly,
  completeFirstJourneyModule,
  questionLabel,
  skipWholeAssessment,
} from '../helpers/learner';

/** Answers the question on screen by keyboard alone: Tab to the options, pick the first, Enter. */
async function answerByKeyboard(page: Page) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
}

test('a new learner takes the assessment by keyboard, resumes after closing the page, and gets a stable journey', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/assessment/');
  const start = page.getByRole('button', { name: 'Start the self-assessment' });
  await start.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Where do you work?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // from Global to the first archetype, by name
  await expect(page.getByRole('radio', { name: /Emerging market/ })).toBeChecked();
  await page.keyboard.press('Enter');

  await expect(questionLabel(page)).toHaveText(/^Question 1 of 45/);
  // The assessment is adaptive: the "of" count shrinks as answers settle competencies.
  for (let i = 0; i < 5; i++) await answerByKeyboard(page);
  await expect(questionLabel(page)).toHaveText(/^Question 6 of/);
  expect(await axeViolations(page)).toEqual([]);

  // Close the page mid-assessment; a new one resumes at the same question.
  await page.close();
  const again = await context.newPage();
  await again.goto('/assessment/');
  await expect(questionLabel(again)).toHaveText(/^Question 6 of/);

  // Back, skip and answer the rest.
  await again.getByRole('button', { name: 'Back' }).click();
  await expect(questionLabel(again)).toHaveText(/^Question 5 of/);
  await again.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(questionLabel(again)).toHaveText(/^Question 6 of/);
  await again.getByRole('heading', { level: 2 }).focus();
  while (await questionLabel(again).isVisible()) await answerByKeyboard(again);
  await expect(again.getByRole('heading', { name: 'Ready to see your results' })).toBeFocused();
  await again.getByRole('button', { name: 'See my results' }).press('Enter');

  await expect(again.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(again.getByRole('img', { name: /current level against the target/ })).toBeVisible();
  await expect(again.getByRole('table', { name: 'Your levels in numbers' }).getByRole('row')).toHaveCount(16);
  expect(await axeViolations(again)).toEqual([]);

  await again.getByRole('link', { name: 'See your journey' }).click();
  const steps = again.locator('.journey-step > a');
  await expect(steps.first()).toBeVisible();
  const planned = await steps.allTextContents();
  expect(planned.length).toBeGreaterThan(0);
  expect(await axeViolations(again)).toEqual([]);

  await again.reload();
  await expect(steps.first()).toBeVisible();
  expect(await steps.allTextContents()).toEqual(planned);
});

test('completing a module by passing its knowledge checks moves journey progress', async ({ page }) => {
  test.setTimeout(90_000);
  await skipWholeAssessment(page);
  const status = await completeFirstJourneyModule(page);

  await status.getByRole('link', { name: 'your journey' }).click();
  await expect(page.getByText(/^1 of \d+ modules done/)).toBeVisible();
  await expect(page.locator('.journey-step.is-done')).toHaveCount(1);
});

test('a module can be tested out, recorded apart from completion', async ({ page }) => {
  await skipWholeAssessment(page);

  await page.goto('/modules/engagement-model-essentials/?test-out');
  await answerChecksCorrectly(page);
  await expect(page.getByRole('status').filter({ hasText: /marked as tested out/ })).toBeVisible();
  await page.goto('/journey/');
  const testedOut = page.locator('.journey-step', { hasText: 'Tested out' });
  await expect(testedOut).toHaveCount(1);
  await expect(testedOut.getByRole('link').first()).toHaveAttribute('href', '/modules/engagement-model-essentials/');
  await expect(page.locator('.journey-step', { hasText: 'Done' })).toHaveCount(0);
});

test('the home page offers to continue where the learner left off', async ({ page }) => {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(questionLabel(page)).toHaveText(/^Question 2 of/);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue your self-assessment (question 2)' })).toBeVisible();
});

test('changing the target and restarting ask for confirmation', async ({ page }) => {
  await skipWholeAssessment(page);
  await page.goto('/journey/');
  await expect(page.locator('.journey-step').first()).toBeVisible();
  const before = await page.locator('.journey-step > a').count();
  await page.getByLabel('Aim at').selectOption({ label: 'Think global, act local' });
  await page.getByRole('button', { name: 'Change target' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Think global, act local');
  await page.getByRole('button', { name: 'Yes, re-plan' }).click();
  await expect(page.getByText(/Your journey aims at the learning path “Think global, act local”/)).toBeVisible();
  expect(await page.locator('.journey-step > a').count()).toBeLessThan(before);

  await page.getByRole('button', { name: 'Restart from scratch' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.journey-step').first()).toBeVisible();
  await page.getByRole('button', { name: 'Restart from scratch' }).click();
  await page.getByRole('button', { name: 'Yes, restart' }).click();
  await expect(page.getByRole('link', { name: 'Take the self-assessment' })).toBeVisible();
});
