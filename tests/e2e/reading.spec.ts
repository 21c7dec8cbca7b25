import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('every module page opens without console errors or axe violations and shows its knowledge checks', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));

  await page.goto('/modules/');
  const links = await page.locator('main .card h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThanOrEqual(30);
  for (const href of links) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('form[data-kc]').count(), href).toBeGreaterThanOrEqual(3);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${href} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('module pages link their prerequisites and a next step', async ({ page }) => {
  await page.goto('/modules/writing-the-account-plan/');
  const before = page.getByRole('heading', { name: 'Before you start' });
  await expect(before).toBeVisible();
  await page.getByRole('link', { name: 'Mapping the buying centre' }).first().click();
  await expect(page).toHaveURL(/\/modules\/mapping-the-buying-centre\/$/);
  await expect(page.getByRole('navigation', { name: 'Next step' })).toBeVisible();
});
