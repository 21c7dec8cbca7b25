import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { checkContent } from '../../src/authoring/checkContent';
import { axeViolations } from '../helpers/axe';

// The real curriculum the site is built from: which modules have a French translation.
const { curriculum } = checkContent(join(import.meta.dirname, '..', '..'));
const french = (curriculum.translations ?? []).filter((t) => t.kind === 'modules' && t.locale === 'fr');

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the translations coverage page lists each module in French as current or missing, at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/coverage/translations/');
    await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Modules in French' });
    await expect(page.getByText(`${french.length} current, 0 stale, `)).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(curriculum.modules.length + 1);
    await expect(table.getByRole('row', { name: /Think global, act local/ })).toContainText('Current');
    await expect(table.getByRole('row', { name: /Healthcare archetypes/ })).toContainText('Missing');
    // Column headers are never cut mid-word: each is one line.
    for (const name of ['Module', 'Translation']) {
      const lines = await table.getByRole('columnheader', { name }).evaluate((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, name).toBe(1);
    }
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/translate18-coverage-${viewport.width}.png`, fullPage: false });
  });
}

test('a translation preview is the French module page, in French, without a notice when current', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/coverage/translations/');
  await page.getByRole('link', { name: 'Preview Penser global, agir local' }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Penser global, agir local');
  await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
  await expect(article.getByRole('heading', { name: 'Qui peut décider d’une adaptation' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'À propos de cette traduction' })).toHaveCount(0);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/translate18-preview-390.png', fullPage: false });
});
