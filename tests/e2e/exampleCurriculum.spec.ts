import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';

/** The customer-success example curriculum, built and served by playwright.config.ts on its own port. */
const site = `http://127.0.0.1:${process.env.E2E_EXAMPLE_PORT}`;
/** The default curriculum's own words: a site built from other content never shows them. */
const DEFAULT_WORDS = /strategic account|engagement model|health ?system|healthcare|archetype|payer|\bCOE\b|Cohesion/i;

const PAGES = [
  ['home', '/'],
  ['module', '/modules/running-a-kickoff/'],
  ['learning path', '/paths/first-ninety-days/'],
  ['self-assessment', '/assessment/'],
  ['journey', '/journey/'],
] as const;

async function expectOwnWordsAndNoAxeViolations(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(DEFAULT_WORDS);
  expect(await axeViolations(page)).toEqual([]);
}

for (const [name, path] of PAGES) {
  test(`the example curriculum's ${name} page speaks in its own words and has no axe violations`, async ({ page }) => {
    await page.goto(`${site}${path}`);
    await expectOwnWordsAndNoAxeViolations(page);
  });
}

test('a learner of the example curriculum is assessed and gets a journey towards its path, with no engagement model', async ({
  page,
}) => {
  await page.goto(`${site}/`);
  await expect(page).toHaveTitle('Lumen Onboarding');
  await expect(page.getByRole('link', { name: 'Your squad', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /model/i })).toHaveCount(0);

  await page.goto(`${site}/assessment/`);
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await expect(page.getByRole('group', { name: 'Your squad decides which local notes you see first.' })).toBeVisible();
  await page.getByRole('radio', { name: /Startups squad/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  while (await page.getByRole('button', { name: 'Skip', exact: true }).isVisible()) {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expectOwnWordsAndNoAxeViolations(page);

  await page.getByRole('link', { name: 'See your journey' }).click();
  await expect(page.locator('.journey-step > a').first()).toBeVisible();
  await expect(page.getByText('Your journey aims at the targets set for everyone.')).toBeVisible();
  await expectOwnWordsAndNoAxeViolations(page);
});
