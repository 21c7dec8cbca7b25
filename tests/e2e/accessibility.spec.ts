import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';

// Each page type alone passes axe on a phone and a desktop: pageTypes.spec. Here, pages in the states
// a learner's actions put them in, and the keyboard's way in.

test('a module page has no axe violations after a knowledge check is answered and local notes open', async ({
  page,
}) => {
  await page.goto('/modules/healthcare-archetypes/');
  const check = page.locator('form[data-kc]').first();
  await check.getByRole('radio').first().check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  for (const summary of await page.locator('details.local-note > summary').all()) await summary.click();
  expect(await axeViolations(page)).toEqual([]);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/modules/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the axe check names what it finds: an image with no text alternative', async ({ page }) => {
  await page.setContent('<html lang="en"><title>A page</title><main><img src="data:,"></main></html>');
  expect(await axeViolations(page, 'main')).toEqual([expect.stringMatching(/^image-alt: /)]);
});
