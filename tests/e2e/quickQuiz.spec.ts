import { expect, type Page, test } from '@playwright/test';
import { answerChecksCorrectly, answerEveryCheck, assessAtLevelAndOpenJourney } from '../helpers/learner';
import { expectFitsAndAccessible, expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

// A proficient learner's journey lists prerequisites they likely know (issue 14): one quick quiz
// walks them through those test-outs in one sitting. Run on a phone; its screens also checked on a desktop.

/** The journey step of a module, by its title. */
const stepOf = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .filter({ hasText: 'min' })
    .first();

test.use({ viewport: PHONE });

test('the quick quiz walks through the likely-known test-outs: one passed, one failed, the journey shows both', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await assessAtLevelAndOpenJourney(page, 2);

  const known = page.getByRole('region', { name: /^You likely know \d+ of these already$/ });
  const start = known.getByRole('link', { name: /^Take the quick quiz \(\d+ modules, about \d+ min\)$/ });
  await expect(start).toBeVisible();
  const count = Number((await start.textContent())!.match(/\((\d+) modules/)![1]);
  expect(count).toBeGreaterThanOrEqual(3);
  await expectFitsAtBothSizes(page, 'quick-quiz-journey');
  // Keyboard alone starts the quiz.
  await start.focus();
  await page.keyboard.press('Enter');

  // First module: passed.
  const quiz = page.getByRole('region', { name: 'Your quick quiz' });
  await expect(quiz).toContainText(`Module 1 of ${count} in your quick quiz.`);
  const first = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/^Test out: /, '');
  await answerChecksCorrectly(page);
  await expect(page.getByText(/this module is marked as tested out/)).toBeVisible();
  const next = quiz.getByRole('link', { name: /^Next in your quick quiz: / });
  await expect(next).toBeVisible();
  const second = (await next.textContent())!.replace(/^Next in your quick quiz: /, '');
  await quiz.scrollIntoViewIfNeeded();
  await expectFitsAtBothSizes(page, 'quick-quiz-next');
  await next.focus();
  await page.keyboard.press('Enter');

  // Second module: failed (one attempt, options still shuffled and one try).
  await expect(page.getByRole('heading', { level: 1, name: `Test out: ${second}` })).toBeVisible();
  await expect(quiz).toContainText(`Module 2 of ${count} in your quick quiz.`);
  await answerEveryCheck(page, true);
  await expect(page.getByText(/^You answered \d+ of \d+ right/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(quiz.getByRole('link', { name: /^Next in your quick quiz: / })).toBeVisible();

  // Back in the journey: the first is tested out, the second still to do.
  await page.goto('/journey/');
  await expect(stepOf(page, first)).toContainText('Tested out');
  await expect(stepOf(page, second)).toContainText(/Up next|To do/);
  await expect(known.getByRole('link', { name: `Test out of ${first}` })).toHaveCount(0);

  // Taking the quiz again: the failed one waits, so it is skipped with a note; the quiz goes on.
  await known.getByRole('link', { name: /^Take the quick quiz/ }).click();
  await expect(page.getByText(/one attempt counts\. Study the module/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expect(quiz.getByRole('link', { name: /^Next in your quick quiz: / })).toBeVisible();
  await expectFitsAndAccessible(page);

  // Through to the end (failing the rest): the summary counts what was tested out.
  for (let n = 2; n < count; n++) {
    await quiz.getByRole('link', { name: /^Next in your quick quiz: / }).click();
    await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
    await answerEveryCheck(page, true);
  }
  await expect(quiz).toContainText(`Tested out of 0 of ${count - 1}; the other ${count - 1} stay in your journey.`);
  await quiz.scrollIntoViewIfNeeded();
  await expectFitsAtBothSizes(page, 'quick-quiz-summary');
  await quiz.getByRole('link', { name: 'Back to your journey' }).click();
  await expect(stepOf(page, first)).toContainText('Tested out');
});
