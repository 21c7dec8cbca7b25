import { expect, test } from '@playwright/test';
import { answerKey, chooseOption, keyOf } from '../helpers/answerKey';
import { axeViolations } from '../helpers/axe';
import { countEvents } from '../helpers/eventLog';
import { startReading } from '../helpers/learner';
import { DESKTOP, PHONE } from '../helpers/screenSizes';

const MODULE = '/modules/mapping-the-buying-centre/';

test.use({ viewport: PHONE });

test('a single-choice knowledge check can be answered by keyboard alone and explains the chosen option', async ({
  page,
}) => {
  await page.goto(MODULE);
  const form = page.locator('form[data-kc]').first();
  const check = form.getByRole('group');
  const { correct, explanations } = await keyOf(page, form);
  const wrong = (await check.getByRole('radio').count()) - 1 === correct[0] ? 0 : correct[0]! + 1;
  await check.getByRole('radio').first().focus();
  for (let i = 0; i < wrong; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(check.getByRole('radio').nth(wrong)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(form.getByRole('status')).toHaveText(/Not quite/);
  await expect(form.locator('.explanation:visible')).toHaveText([explanations[wrong]!]);
  await expect(form.getByText('✓ Correct answer:', { exact: true })).toBeHidden();
  await expect(form.getByRole('button', { name: 'Try again' })).toBeFocused();
  expect(await axeViolations(page, 'form[data-kc]')).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(form.locator('.explanation:visible')).toHaveCount(0);
  await expect(check.getByRole('radio').first()).toBeFocused();
  for (let i = 0; i < correct[0]!; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Correct/);
  // A pass reveals every option's explanation.
  await expect(form.locator('.explanation:visible')).toHaveCount(explanations.length);
});

test('one action at a time: "Try again" waits for a grade, "Check answer" goes once graded, and a graded attempt is recorded once', async ({
  page,
}) => {
  await page.goto(MODULE);
  await startReading(page);
  const form = page.locator('form[data-kc]').first();
  const { correct } = await keyOf(page, form);
  await expect(form.getByRole('button', { name: 'Try again' })).toBeHidden();
  await expect(form.getByRole('button', { name: 'Show answer' })).toBeHidden();
  await chooseOption(form, correct[0] === 0 ? 1 : 0);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toHaveText(/Not quite/);
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeHidden();
  await expect(form.getByRole('button', { name: 'Try again' })).toBeVisible();

  // Submitting the graded form again (Enter, a double tap) grades nothing and records nothing:
  // the next real answer below is the second one recorded, not the fourth.
  await form.evaluate((f: HTMLFormElement) => {
    f.requestSubmit();
    f.requestSubmit();
  });
  await expect.poll(() => countEvents(page, 'answered')).toBe(1);

  await form.getByRole('button', { name: 'Try again' }).click();
  await chooseOption(form, correct[0]!);
  await form.getByRole('button', { name: 'Check answer' }).dblclick();
  await expect(form.getByRole('status')).toHaveText(/^Correct/);
  await expect.poll(() => countEvents(page, 'answered')).toBe(2);
  await expect(form.getByRole('button', { name: 'Try again' })).toBeHidden();
  expect(await countEvents(page, 'answered')).toBe(2);
});

test('after a wrong answer the learner can give up and see the answer', async ({ page }) => {
  await page.goto(MODULE);
  const form = page.locator('form[data-kc][data-type="multiple"]').first();
  const { correct, explanations } = await keyOf(page, form);
  await chooseOption(form, correct[0]!);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`you found 1 of ${correct.length} correct answers`));
  await expect(form.locator('.explanation:visible')).toHaveCount(1);
  await form.getByRole('button', { name: 'Show answer' }).click();
  await expect(form.locator('.explanation:visible')).toHaveCount(explanations.length);
  await expect(form.getByText('✓ Correct answer:', { exact: true })).toHaveCount(correct.length);
  await expect(form.getByRole('button', { name: 'Show answer' })).toBeHidden();
  // The check itself fits the screen once every explanation is shown, on a desktop and on a phone.
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    expect(await form.evaluate((f) => f.getBoundingClientRect().right)).toBeLessThanOrEqual(size.width);
  }
});

test('the page a learner reads before answering carries no answer key', async ({ page }) => {
  const html = await (await page.request.get(MODULE)).text();
  const key = await answerKey(page, 'mapping-the-buying-centre');
  expect(html).not.toContain('data-correct');
  for (const { explanations } of Object.values(key))
    for (const text of explanations) expect(html).not.toContain(text.slice(0, 40));
});

test('module cards show no empty status pill', async ({ page }) => {
  await page.goto('/modules/');
  await expect(page.getByRole('link', { name: 'Mapping the buying centre' })).toBeVisible();
  await expect(page.locator('[data-status]:visible')).toHaveCount(0);
  await expect(page.locator('[hidden]:visible')).toHaveCount(0);
});
