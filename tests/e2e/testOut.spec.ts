import { expect, test } from '@playwright/test';
import { chooseOption, keyOf } from '../helpers/answerKey';
import { countEvents } from '../helpers/eventLog';
import { answerChecksCorrectly, answerEveryCheck, startReading } from '../helpers/learner';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

const MODULE = 'healthcare-archetypes';

test.use({ viewport: PHONE });

test('a test-out is one shuffled attempt; after a failure it waits until the module is studied', async ({ page }) => {
  await page.goto(`/modules/${MODULE}/?test-out`);
  await expect(page.getByRole('heading', { level: 1, name: 'Test out: Healthcare archetypes' })).toBeVisible();
  await expect(page).toHaveTitle(/^Test out: Healthcare archetypes/);
  const forms = page.locator('form[data-kc]');
  await expect(forms.first()).toBeVisible();
  // Options are shuffled: no check shows them in the authored order.
  for (const form of await forms.all()) {
    const order = await form
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
  }
  await answerEveryCheck(page, true);
  await expect(page.getByText(/You answered 2 of 3 right/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect.poll(() => countEvents(page, 'failed')).toBe(1);

  // Reopened, the test-out cannot be passed at once.
  await page.reload();
  await expect(page.getByText(/one attempt counts\. Study the module/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expectFitsAtBothSizes(page, 'test-out-waiting');

  // Studying the module (answering one of its checks there) opens the next attempt.
  await page.getByRole('link', { name: 'Study the module' }).click();
  await startReading(page);
  const first = page.locator('form[data-kc]').first();
  const { correct } = await keyOf(page, first);
  for (const i of correct) await chooseOption(first, i);
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => countEvents(page, 'answered')).toBe(1);
  await page.goto(`/modules/${MODULE}/?test-out`);
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(3);
  await answerChecksCorrectly(page);
  await expect(page.getByText(/You answered all 3 checks right: this module is marked as tested out/)).toBeVisible();
  await expect.poll(() => countEvents(page, 'passed')).toBe(1);
});

test("the test-out page's former address opens the module page's test-out mode, a quick quiz's queue kept", async ({
  page,
}) => {
  await page.goto(`/modules/${MODULE}/test-out/?quiz=${MODULE}`);
  await expect(page).toHaveURL(`/modules/${MODULE}/?test-out&quiz=${MODULE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Test out: Healthcare archetypes' })).toBeVisible();
  // The module's reading is not shown in this mode: only its checks, once each.
  await expect(page.getByRole('heading', { name: 'You will be able to' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Show answer' })).toHaveCount(0);
});
