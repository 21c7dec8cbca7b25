import { expect, type Page, test } from '@playwright/test';
import { questionLabel, startAssessment, walkSkippingWholeAssessment } from '../helpers/learner';
import { DEXIE, REACT, scriptsHolding } from '../helpers/scriptsHolding';
import { storedLearning } from '../helpers/storedLearning';

// What a returning learner's visit costs before they act (issue 21, "Lighthouse mobile ≥ 98 on every page"):
// the assessment page hydrates its island (React, Dexie) at once only for an assessment in progress or
// finished; reading a module page writes nothing until the learner acts on it.
test.use({ viewport: { width: 390, height: 844 } });

const databaseNames = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

const stored = (page: Page) => page.evaluate(storedLearning);

test('an assessment in progress resumes at once on return, with the answers given', async ({ page }) => {
  await startAssessment(page);
  for (let n = 1; n <= 3; n++) {
    await expect(questionLabel(page)).toHaveText(new RegExp(`^Question ${n} of`));
    await page.getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(questionLabel(page)).toHaveText(/^Question 4 of/);

  await page.reload();
  await expect(questionLabel(page)).toHaveText(/^Question 4 of/);
  await expect(page.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(questionLabel(page)).toHaveText(/^Question 3 of/);
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
});

test('a finished assessment shows its results on return', async ({ page }) => {
  await walkSkippingWholeAssessment(page);
  await page.reload();
  // The results are a region named by their own heading, not by the hidden first view's "Before you start".
  await expect(page.getByRole('region', { name: 'Your results' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
});

test('a learner who has only read a module gets "Before you start" on the assessment page without React or Dexie, and Start starts it', async ({
  page,
}) => {
  await page.goto('/modules/account-based-marketing-plays/');
  // The learner's first act on the page (a click) records the module as experienced: the database now exists.
  await page.getByRole('heading', { level: 1 }).click();
  await expect
    .poll(async () => {
      const { events, unsettled } = await stored(page);
      return events > 0 && unsettled === 0;
    })
    .toBe(true);

  const dexie = scriptsHolding(page, DEXIE);
  const react = scriptsHolding(page, REACT);
  await page.goto('/assessment/');
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await dexie()).toEqual([]);
  expect(await react()).toEqual([]);

  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Where do you work?' })).toBeVisible();
});

test('a module page read to its end without the learner acting (as Lighthouse does) creates no database', async ({
  page,
}) => {
  // Tall enough that the reflection and "From the field" at the page's end are on screen without scrolling.
  await page.setViewportSize({ width: 390, height: 12_000 });
  await page.goto('/modules/account-based-marketing-plays/');
  await expect(page.getByRole('region', { name: 'From the field' })).toBeVisible();
  await expect(page.locator('[data-reflection][data-bound]')).not.toHaveCount(0);
  await expect(page.locator('[data-field-cases][data-bound]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');

  expect(await databaseNames(page)).not.toContain('cohesion');
});
