import { readdirSync } from 'node:fs';
import { type ConsoleMessage, expect } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { test } from '../helpers/workerPage';

// The modules the site is built from (the file name is the id); one test per page, so each has its
// own time budget and a failure names its module.
const moduleIds = readdirSync('content/modules')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

test('the module list links every module', async ({ page }) => {
  await page.goto('/modules/');
  const links = await page
    .locator('main .card h3 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.map((href) => href.split('/')[2]).sort()).toEqual(moduleIds);
});

// The module pages are only read: one page per worker opens them in turn (see workerPage).
for (const id of moduleIds) {
  test(`module ${id} opens without console errors or axe violations and shows its knowledge checks`, async ({
    workerPage: page,
  }) => {
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    };
    const onPageError = (error: Error) => errors.push(`${page.url()}: ${error.message}`);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    try {
      const href = `/modules/${id}/`;
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.locator('form[data-kc]').count(), href).toBeGreaterThanOrEqual(3);
      // The module's own content; the header, navigation and footer every page shares are checked on each page type in accessibility.spec.
      expect(await axeViolations(page, 'main')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    }
  });
}

test('module pages link their prerequisites and a next step', async ({ page }) => {
  await page.goto('/modules/writing-the-account-plan/');
  const before = page.getByRole('heading', { name: 'Before you start' });
  await expect(before).toBeVisible();
  await page.getByRole('link', { name: 'Mapping the buying centre' }).first().click();
  await expect(page).toHaveURL(/\/modules\/mapping-the-buying-centre\/$/);
  await expect(page.getByRole('navigation', { name: 'Next step' })).toBeVisible();
});
