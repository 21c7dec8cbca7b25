import { expect, test } from '@playwright/test';

test('the chosen region comes first, open, in every group of local notes', async ({ page }) => {
  await page.goto('/region/');
  const emerging = page.getByRole('radio', { name: 'Emerging market' });
  await expect(emerging).toBeEnabled();
  await emerging.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText(/Saved/);

  await page.goto('/modules/healthcare-archetypes/');
  const groups = page.locator('.module-body details.local-note:first-of-type');
  await expect(groups.first()).toHaveAttribute('data-region', 'emerging');
  await expect(groups.first()).toHaveAttribute('open', '');
  await expect(groups.first().getByText('your region')).toBeVisible();
  await expect(page.locator('details.local-note[data-region="single-payer"]').first()).not.toHaveAttribute('open', '');
});

test('a reflection is kept in the browser across reloads', async ({ page }) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  const note = page.getByRole('textbox', { name: /^Reflect:/ }).first();
  await note.fill('Meet the head of procurement before the tender.');
  await expect(page.getByText('Saved in this browser.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Reflect:/ }).first()).toHaveValue(
    'Meet the head of procurement before the tender.',
  );
});
