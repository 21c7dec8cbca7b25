import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';

// A handout in content/files/, linked from a module as ../files/account-plan-canvas.pdf.
const handout = readFileSync('content/files/account-plan-canvas.pdf');

test('a PDF handout linked from a module is served at a fingerprinted address, not a 404', async ({ page }) => {
  await page.goto('/modules/anatomy-of-an-account-plan/');
  const link = page.getByRole('link', { name: 'account plan canvas (PDF, one page)' });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/downloads\/account-plan-canvas\.[0-9a-f]{8}\.pdf$/);

  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(Buffer.from(await response.body()).equals(handout)).toBe(true);

  expect(await axeViolations(page)).toEqual([]);
});

test('an image in content/files/ is copied with a fingerprint and shown, never wider than the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/modules/anatomy-of-an-account-plan/');
  const image = page.getByRole('img', { name: /^The account plan canvas/ });
  await image.scrollIntoViewIfNeeded();
  await expect(image).toBeVisible();
  expect(await image.getAttribute('src')).toMatch(/^\/downloads\/account-plan-canvas\.[0-9a-f]{8}\.svg$/);
  // The image is lazy: it loads once scrolled into view, so wait for it rather than read it at once.
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // A link between modules in the one documented form reaches the module.
  await page
    .getByRole('paragraph')
    .filter({ hasText: 'shows how to build one' })
    .getByRole('link', { name: 'Mapping the buying centre' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mapping the buying centre' })).toBeVisible();
});
