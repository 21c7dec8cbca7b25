import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { DESKTOP, expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

/** "Start this path" on a path page, which plans the journey and opens it. */
async function startPath(page: Page, id = 'value-and-insight') {
  await page.goto(`/paths/${id}/`);
  await page.getByRole('button', { name: 'Start this path' }).click();
  await expect(page).toHaveURL(/\/journey\/$/);
  await expect(page.locator('.journey-step > a').first()).toBeVisible();
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test('no page scrolls sideways at 320 px, a planned journey included', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 700 });
  await startPath(page);
  await expect(page.getByRole('combobox', { name: /Aim at/ })).toBeVisible();
  expect(await sideways(page), '/journey/ with a plan').toBe(0);
  const pages = [
    '/',
    '/model/',
    '/competencies/',
    '/competencies/value-selling/',
    '/modules/',
    '/modules/adapting-execution-to-the-local-system/',
    '/modules/mapping-the-buying-centre/',
    '/modules/healthcare-archetypes/?test-out',
    '/paths/',
    '/paths/value-and-insight/',
    '/coverage/',
    '/coverage/paths/',
    '/coverage/paths/value-and-insight/',
    '/coverage/regions/',
    '/coverage/health/',
    '/coverage/competencies/value-selling/',
    '/coverage/workforce/',
    '/assessment/',
    '/region/',
    '/data/',
    '/sync/',
    '/search/?q=value%20hypothesis',
    '/no-such-page/',
    '/journey/',
  ];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect.soft(await sideways(page), url).toBe(0);
  }
});

test('a planned journey fits a phone and a desktop and passes axe at both', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await startPath(page);
  await expectFitsAtBothSizes(page, 'planned-journey');
});

test('on a phone the header is a menu, opened by keyboard, with the learner’s pages apart from the lead’s and the settings', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  await page.goto('/modules/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  const header = await page.locator('header.site-header').boundingBox();
  expect(header!.height).toBeLessThan(PHONE.height * 0.15);

  const menu = page.locator('summary', { hasText: 'Menu' });
  for (let i = 0; i < 6 && !(await menu.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('list', { name: 'Learn' }).getByRole('link')).toHaveText([
    'Home',
    'Your journey',
    'Modules',
    'Learning paths',
    'Competencies',
    'Engagement model',
  ]);
  await expect(nav.getByRole('list', { name: 'For COE leads' }).getByRole('link')).toHaveText(['Coverage']);
  await expect(nav.getByRole('list', { name: 'Settings' }).getByRole('link')).toHaveText([
    'Your region',
    'Your data',
    'Sync',
  ]);
  await expect(nav.getByRole('link', { name: 'Modules' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);

  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(nav).toBeHidden();
});

test('on a desktop the navigation shows at once, with no menu button', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
});

test('a long module has an "On this page" list: folded on a phone, open on a desktop, and its links reach the section', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/modules/mapping-the-buying-centre/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const links = toc.getByRole('link');
  await expect(links.first()).toBeHidden();
  await toc.locator('summary').click();
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const target = (await links.nth(2).getAttribute('href'))!;
  await links.nth(2).click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();

  await page.setViewportSize(DESKTOP);
  await page.goto('/modules/mapping-the-buying-centre/');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
});

test('"Start this path" plans the journey for the path, before any self-assessment', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await startPath(page, 'value-and-insight');
  await expect(page.getByText(/Your journey aims at the learning path “Value and insight”/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Building a value hypothesis/ }).first()).toBeVisible();
});

test('"Your data" lists the reflections the learner wrote, linked to their module', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/data/');
  await expect(page.getByText('You have not written a reflection yet.')).toBeVisible();

  await page.goto('/modules/mapping-the-buying-centre/');
  const note = page.getByRole('textbox', { name: /Reflect: For a decision that is open/ });
  await note.fill('The finance director at Redfern: ask Amira for an introduction.');
  await note.blur();
  await expect(page.getByText('Saved in this browser.')).toBeVisible();

  await page.goto('/data/');
  const list = page.getByRole('region', { name: 'Your reflections' });
  await expect(list.getByRole('blockquote')).toHaveText(
    'The finance director at Redfern: ask Amira for an introduction.',
  );
  await expect(list.getByText(/which role have you never met/)).toBeVisible();
  await list.getByRole('link', { name: 'Mapping the buying centre' }).click();
  await expect(note).toHaveValue('The finance director at Redfern: ask Amira for an introduction.');
  await expect(note).toBeInViewport();
});

test('search finds what a learner means: American spellings, abbreviations, and the learner’s own status', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/search/?q=buying%20center');
  const results = page.getByRole('main').locator('.search-results > li h2');
  await expect(results.first()).toHaveText('Mapping the buying centre');

  await page.goto('/search/?q=KOL');
  await expect(page.getByRole('status').filter({ hasText: /modules? found/ })).not.toHaveText(/^0 /);
  await expect(page.getByRole('main').locator('.search-results mark').first()).toBeVisible();

  // Typed in the header box: the combobox ranks the same way.
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search modules' }).fill('buying center');
  await expect(page.getByRole('option').first()).toContainText('Mapping the buying centre');

  await startPath(page, 'value-and-insight');
  await page.goto('/search/?q=value%20hypothesis');
  await expect(page.getByRole('heading', { name: /Building a value hypothesis/ })).toContainText('In your journey');
});
