import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../helpers/pageTypes';

for (const [name, url] of PAGE_TYPES) {
  test(`the ${name} page has no axe violations`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a module page has no axe violations after a knowledge check is answered and local notes open', async ({
  page,
}) => {
  await page.goto('/modules/healthcare-archetypes/');
  const check = page.locator('form[data-kc]').first();
  await check.getByRole('radio').first().check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  for (const summary of await page.locator('details.local-note > summary').all()) await summary.click();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/modules/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
