import { expect, test } from '@playwright/test';

test('a single-choice knowledge check can be answered by keyboard alone and explains every option', async ({ page }) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  const check = page.getByRole('group').filter({ has: page.getByRole('radio') }).first();
  const firstOption = check.getByRole('radio').first();
  await firstOption.focus();
  // Walk the options with the arrow keys until the correct one (known from the markup) is selected.
  const form = page.locator('form[data-kc]').first();
  const correct = JSON.parse((await form.getAttribute('data-correct'))!) as number[];
  const wrong = (await check.getByRole('radio').count()) - 1 === correct[0] ? 0 : correct[0]! + 1;
  for (let i = 0; i < wrong; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(check.getByRole('radio').nth(wrong)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(form.getByRole('status')).toHaveText(/Not quite/);
  await expect(form.locator('.explanation').first()).toBeVisible();
  await expect(form.locator('.explanation:visible')).toHaveCount(await check.getByRole('radio').count());
  await expect(form.getByRole('button', { name: 'Try again' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(form.locator('.explanation:visible')).toHaveCount(0);
  await expect(check.getByRole('radio').first()).toBeFocused();
  for (let i = 0; i < correct[0]!; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Correct/);
});

test('a multiple-choice check says how many correct answers were found', async ({ page }) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  const form = page.locator('form[data-kc][data-type="multiple"]').first();
  const correct = JSON.parse((await form.getAttribute('data-correct'))!) as number[];
  await form.getByRole('checkbox').nth(correct[0]!).check();
  await form.getByRole('button', { name: 'Check answer' }).press('Enter');
  await expect(form.getByRole('status')).toHaveText(new RegExp(`you found 1 of ${correct.length} correct answers`));
});
