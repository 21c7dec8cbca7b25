import { expect, test } from '@playwright/test';
import { DEXIE, REACT, scriptsHolding } from '../helpers/scriptsHolding';

// What a first visit evaluates before the learner does anything (issue 21, "Lighthouse mobile ≥ 98"):
// a learner new to this browser has nothing stored, so no page needs the database code (Dexie) to
// show what it shows; its ~30 KB gzip were the busiest script of the home and journey pages.
test.use({ viewport: { width: 390, height: 844 } });

for (const { path, shows } of [
  { path: '/', shows: { name: 'One way of engaging our strategic accounts, learned your way', level: 1 } },
  { path: '/journey/', shows: { name: 'Start with a self-assessment' } },
  { path: '/assessment/', shows: { name: 'Before you start' } },
]) {
  test(`a first visit to ${path} loads no database code before the learner interacts`, async ({ page }) => {
    const dexie = scriptsHolding(page, DEXIE);
    await page.goto(path);
    await expect(page.getByRole('heading', shows)).toBeVisible();
    await page.waitForLoadState('networkidle');

    expect(await dexie()).toEqual([]);
  });
}

test('a first visit to the self-assessment draws "Before you start" without React, and Start pressed by keyboard starts it', async ({
  page,
}) => {
  const react = scriptsHolding(page, REACT);
  await page.goto('/assessment/');
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await react()).toEqual([]);

  // The first interaction hydrates the island, which presses Start again once it can act on it.
  await page.getByRole('button', { name: 'Start the self-assessment' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Where do you work?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toHaveCount(0);
});

test('a first visit to the journey page is asked to take the self-assessment before any of the page’s scripts has loaded', async ({
  page,
}) => {
  // The module scripts are refused: what shows is drawn by the HTML and its inline scripts alone.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/journey/');
  await expect(page.getByRole('heading', { name: 'Start with a self-assessment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take the self-assessment' })).toHaveAttribute('href', '/assessment/');
  await expect(page.getByText('Loading your journey…')).toBeHidden();
});
