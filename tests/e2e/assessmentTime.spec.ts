import { expect, test } from '@playwright/test';
import {
  answerAtLevel,
  answerChecksCorrectly,
  assessAtLevel,
  assessAtLevelAndOpenJourney,
  questionLabel,
  startAssessment,
  walkAssessmentAtLevel,
} from '../helpers/learner';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

// The self-assessment and the plan respect the learner's time (issue 14): an adaptive assessment
// whose length is stated from its content, results that lead with the gaps, a stretch goal for a
// learner with none, and a one-click reassessment of what the journey covered. Run on a phone;
// each screen is also checked on a desktop.

test.use({ viewport: PHONE });

test('the home page states the real time, and the assessment moves on once two answers agree', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/takes \d+ to \d+ minutes \(30 to 45 questions/)).toBeVisible();
  await expect(page.getByText(/ten minutes/)).toHaveCount(0);

  await startAssessment(page);
  await expect(questionLabel(page)).toHaveText(/^Question 1 of 45 · Account-based marketing/);
  await answerAtLevel(page, 2);
  await answerAtLevel(page, 2);
  // The third account-based-marketing question could not change the level: it is not asked.
  await expect(questionLabel(page)).toHaveText(/^Question 3 of 44 · (?!Account-based marketing)/);
  await expectFitsAtBothSizes(page, 'assessment-question');
});

test('results lead with the gaps and what closing them takes; a gap never looks met', async ({ page }) => {
  test.setTimeout(120_000);
  // Everything at level 0: below every target of the engagement model. The one spec that walks every question
  // at a level (the others start from its recorded end, assessAtLevel).
  await walkAssessmentAtLevel(page, 0);
  const summary = page.getByTestId('plan-summary');
  await expect(summary).toHaveText(/^(\d+) gaps → (\d+) modules, about [\d.]+ h$/);
  const gaps = Number((await summary.textContent())!.match(/^(\d+)/)![1]);
  await expect(
    page.getByRole('heading', { name: 'Your gaps' }).locator('xpath=following-sibling::ul[1]/li'),
  ).toHaveCount(gaps);
  // The chart's first rows are the gaps, and say so in words; no text under 12 px.
  const chart = page.getByRole('img', { name: /current level against the target/ });
  await expect(chart.getByText(/^Gap: /)).toHaveCount(gaps);
  await expect(chart.getByText('Target met')).toHaveCount(0);
  const smallest = await chart.evaluate((el) =>
    Math.min(
      ...[...el.querySelectorAll('*')]
        .filter((n) => n.textContent?.trim() && n.children.length === 0)
        .map((n) => parseFloat(getComputedStyle(n).fontSize)),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  await expectFitsAtBothSizes(page, 'results');
});

test('a learner already at every target gets stretch goals, not "0 of 0 modules done"', async ({ page }) => {
  test.setTimeout(120_000);
  // Level 3 everywhere meets every target of the engagement model (none is above 3).
  await assessAtLevel(page, 3);
  await expect(page.getByTestId('plan-summary')).toHaveText(/^No gaps/);
  await page.getByRole('link', { name: 'See your journey' }).click();
  await expect(page.getByRole('heading', { name: 'You are already at every target' })).toBeVisible();
  await expect(page.getByText(/0 of 0 modules/)).toHaveCount(0);
  const stretch = page.getByRole('button', { name: /^Aim at / }).first();
  await expect(stretch).toBeVisible();
  // The page as a whole (its "Aim at" select) is made to fit by the phone layout work.
  await expectFitsAtBothSizes(page, 'stretch', page.getByRole('region', { name: 'You are already at every target' }));
  await stretch.click();
  await expect(page.locator('.journey-step').first()).toBeVisible();
});

test('"Reassess myself" starts the reassessment in one click, asking only what the journey covered', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await assessAtLevelAndOpenJourney(page, 0);
  // A one-module journey: customer centricity at level 1.
  await page
    .getByLabel('Aim at')
    .selectOption({ label: 'Customer centricity (incl. long-term, share-of-wallet thinking)' });
  await page.getByLabel('at level').selectOption({ value: '1' });
  await page.getByRole('button', { name: 'Change target' }).click();
  await page.getByRole('button', { name: 'Yes, re-plan' }).click();
  await expect(page.locator('.journey-step')).toHaveCount(1);
  await page.goto('/modules/engagement-model-essentials/?test-out');
  await answerChecksCorrectly(page);
  await expect(page.getByRole('status').filter({ hasText: /marked as tested out/ })).toBeVisible();

  await page.goto('/journey/');
  await page.getByRole('link', { name: 'Reassess myself' }).first().click();
  await expect(questionLabel(page)).toHaveText(/^Question 1 of 3 · Customer centricity/);
  await expectFitsAtBothSizes(page, 'reassessment');
  await answerAtLevel(page, 2);
  await answerAtLevel(page, 2);
  await expect(page.getByRole('heading', { name: 'Ready to see your results' })).toBeVisible();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Customer centricity/ })).toContainText('2 Practising');
});
