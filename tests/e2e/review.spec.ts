import { expect, type Page, test } from '@playwright/test';
import { answerKey } from '../helpers/answerKey';
import { countEvents, readEventLog } from '../helpers/eventLog';
import { answerChecksCorrectly, startReading } from '../helpers/learner';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

// The site's service worker must run: the review is taken offline.
test.use({ serviceWorkers: 'allow', viewport: PHONE });

const MODULE = 'mapping-the-buying-centre';
const PASSED_AT = new Date('2026-11-02T09:00:00Z');
const DAY = 86_400_000;

/** Answers the question on screen right, by keyboard only: Tab into the options, Space / arrows to choose, Enter to check. */
async function answerByKeyboard(page: Page, correct: readonly number[]) {
  const form = page.locator('[data-review-card] form[data-kc]');
  const shown = await form
    .locator('input')
    .evaluateAll((inputs) =>
      inputs.map((i) => ({ value: Number((i as HTMLInputElement).value), type: (i as HTMLInputElement).type })),
    );
  await page.keyboard.press('Tab');
  await expect(form.locator('input').first()).toBeFocused();
  if (shown[0]!.type === 'radio') {
    await page.keyboard.press('Space');
    const at = shown.findIndex((o) => o.value === correct[0]);
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  } else {
    for (const [i, option] of shown.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      if (correct.includes(option.value)) await page.keyboard.press('Space');
    }
  }
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Correct/);
}

test('a learner reviews the questions due, offline and by keyboard, and the due count drops', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(PASSED_AT);
  await page.goto('/');
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
  // No card before a check is passed: no entry.
  await expect(page.getByRole('link', { name: /^Review/ })).toBeHidden();

  await page.goto(`/modules/${MODULE}/`);
  await startReading(page);
  await answerChecksCorrectly(page);
  await expect.poll(() => countEvents(page, 'answered')).toBe(3);
  const key = await answerKey(page, MODULE);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Review: nothing due' })).toBeVisible();

  // A month later, offline: all three questions are due.
  await page.clock.setFixedTime(new Date(PASSED_AT.getTime() + 30 * DAY));
  await context.setOffline(true);
  await page.goto('/journey/');
  await expect(page.getByRole('link', { name: 'Review: 3 questions due' })).toBeVisible();
  await page.goto('/');
  const entry = page.getByRole('link', { name: 'Review: 3 questions due' });
  await expect(entry).toBeVisible();
  await entry.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('/review/');

  const seen = new Set<string>();
  for (let n = 1; n <= 3; n++) {
    const position = page.getByText(new RegExp(`^Question ${n} of 3 · from “`));
    await expect(position).toBeFocused();
    const form = page.locator('[data-review-card] form[data-kc]');
    const check = (await form.getAttribute('data-check'))!;
    seen.add(check);
    if (n === 1) await expectFitsAtBothSizes(page, 'review-question');
    await answerByKeyboard(page, key[check]!.correct);
    await page.keyboard.press('Tab');
    const next = page.getByRole('button', { name: n < 3 ? 'Next question' : 'Finish the review' });
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
  }
  expect(seen.size).toBe(3);
  await expect(page.getByRole('status').filter({ hasText: /^Review done: 3 of 3 right\./ })).toBeFocused();
  await expectFitsAtBothSizes(page, 'review-done');

  // Each answer is in the log as a review, and "Your data" counts it.
  const reviews = (await readEventLog(page)).filter(
    (s) =>
      (s as { context?: { extensions?: Record<string, unknown> } }).context?.extensions?.[
        'urn:cohesion:extension:review'
      ],
  );
  expect(reviews).toHaveLength(3);
  await page.goto('/data/');
  await expect(page.getByRole('row', { name: /Learning events/ })).toContainText(String(await countEvents(page)));
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Review: nothing due' })).toBeVisible();
  await expectFitsAtBothSizes(page, 'review-home');

  // Months later the questions are due again and missed: the competency is worth revisiting on the journey.
  await page.clock.setFixedTime(new Date(PASSED_AT.getTime() + 120 * DAY));
  await page.goto('/review/');
  for (let n = 1; n <= 3; n++) {
    await expect(page.getByText(new RegExp(`^Question ${n} of 3 · from “`))).toBeVisible();
    const form = page.locator('[data-review-card] form[data-kc]');
    const { correct } = key[(await form.getAttribute('data-check'))!]!;
    await form.locator(`input:not([value="${correct[0]}"])`).first().check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.getByRole('status')).not.toBeEmpty();
    await page.getByRole('button', { name: n < 3 ? 'Next question' : 'Finish the review' }).click();
  }
  await expect(page.getByText(/^Review done: none right this time\./)).toBeVisible();
  await page.goto('/journey/');
  const revisit = page.getByRole('region', { name: 'Worth revisiting' });
  await expect(revisit.getByRole('link', { name: /^revisit “/ })).toBeVisible();
  await expectFitsAtBothSizes(page, 'review-revisit');
});

test.describe('moving on to the next question', () => {
  // Online, with no service worker, so the test can hold the next question's fetch.
  test.use({ serviceWorkers: 'block' });

  test('the position names the question on screen: the next is shown in one step once loaded, the answered one inert meanwhile', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.clock.setFixedTime(PASSED_AT);
    await page.goto(`/modules/${MODULE}/`);
    await startReading(page);
    await answerChecksCorrectly(page);
    await expect.poll(() => countEvents(page, 'answered')).toBe(3);

    await page.clock.setFixedTime(new Date(PASSED_AT.getTime() + 30 * DAY));
    await page.goto('/review/');
    await expect(page.getByText(/^Question 1 of 3 · from “/)).toBeVisible();
    const form = page.locator('[data-review-card] form[data-kc]');
    const first = await form.getAttribute('data-check');
    await form.locator('input').first().check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.getByRole('status')).not.toBeEmpty();

    // The next question's page is slow to arrive (a phone on a poor connection).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/modules/${MODULE}/`, async (route) => {
      if (route.request().resourceType() === 'fetch') await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.getByText(/^Question 1 of 3 · from “/)).toBeVisible();
    await expect(page.getByText(/^Question 2 of 3/)).toHaveCount(0);
    await expect(page.locator('[data-review-card]')).toHaveJSProperty('inert', true);

    release();
    await expect(page.getByText(/^Question 2 of 3 · from “/)).toBeFocused();
    await expect(page.locator('[data-review-card]')).toHaveJSProperty('inert', false);
    expect(await form.getAttribute('data-check')).not.toBe(first);
  });
});
