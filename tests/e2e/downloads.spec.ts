import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
