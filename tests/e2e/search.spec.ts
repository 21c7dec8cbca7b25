import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test('the header search suggests modules as you type, with the matching words highlighted, and opens one by keyboard', async ({
  page,
}) => {
  await page.goto('/paths/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search modules' });
  await expect(box).toBeFocused();
  await box.pressSequentially('buying cen');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox).toBeVisible();
  const first = listbox.getByRole('option').first();
  await expect(first).toContainText('Mapping the buying centre');
  await expect(first.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/modules\/mapping-the-buying-centre\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mapping the buying centre');
});

test('Escape closes the suggestions, and Enter with none chosen opens the full results for the query', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search modules' });
  await box.fill('sponsor');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=sponsor$/);
  await expect(page.getByRole('searchbox', { name: 'Search modules' })).toHaveValue('sponsor');
  await expect(page.getByRole('status').filter({ hasText: /modules? found/ })).toBeVisible();
});

test('the results page highlights passages, filters by competency, level, path and duration, and opens a result by keyboard', async ({
  page,
}) => {
  await page.goto('/search/?q=value%20hypothesis');
  const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 2 }) });
  const count = page.getByRole('status').filter({ hasText: /found/ });
  await expect(count).toHaveText(/^\d+ modules? found$/);
  const before = Number((await count.textContent())!.match(/\d+/)![0]);
  await expect(results.getByRole('listitem').first()).toContainText('Building a value hypothesis');
  await expect(results.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Competency').selectOption({ label: 'Value proposition and value-based selling' });
  await expect(page).toHaveURL(/competency=/);
  await page.getByLabel('Competency').selectOption({ label: 'All competencies' });
  await expect(page).not.toHaveURL(/competency=/);
  await page.getByLabel('Duration').selectOption({ label: 'Up to 15 minutes' });
  await expect(count).not.toHaveText(`${before} modules found`);
  await expect(page).toHaveURL(/duration=short/);
  await page.getByLabel('Duration').selectOption({ label: 'Any length' });
  await page.getByLabel('Level').selectOption({ label: '2 · Practising' });
  await expect(page).toHaveURL(/level=2/);
  await expect(count).toHaveText(/found/);

  // Keyboard only: from the query box, Tab through the filters to the first result and open it.
  await page.getByRole('searchbox', { name: 'Search modules' }).focus();
  const firstLink = results.getByRole('listitem').first().getByRole('link');
  const title = (await firstLink.textContent())!;
  for (let i = 0; i < 10 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('query syntax and HTML in a query are harmless: no error, no markup, and an empty state that suggests competencies', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent('<img src=qqq onerror=zzqx>')}`);
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText('0 modules found');
  await expect(page.getByText(/No modules match/)).toContainText('<img src=qqq onerror=zzqx>');
  await expect(page.locator('img[src="qqq"]')).toHaveCount(0);
  const suggestion = page.getByRole('link', { name: /Value/ }).first();
  await suggestion.click();
  await expect(page).toHaveURL(/competency=/);
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText(/^[1-9]\d* modules? found$/);

  for (const q of ['title:', 'value~x', '+-*', 'nosuchfield:value', '^^']) {
    const box = page.getByRole('searchbox', { name: 'Search modules' });
    await box.fill(q);
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

/** The journey's code and data: the planner's curriculum, its machine, Dexie and the learner's store. */
const JOURNEY =
  /\/curriculum\.json$|\/_astro\/(journeyActor|journeySnapshot|useJourney|JourneyView|xstate-react|db|learnerStore|deriveProgress)\.[^/]*\.js$/;

test('a first search on a module page fetches the manifest, the shards of the words typed and the results’ records, never the journey', async ({
  page,
}) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  await page.waitForLoadState('networkidle');
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const box = page.getByRole('combobox', { name: 'Search modules' });
  await box.focus();
  await box.pressSequentially('value hypothesis');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
    'Building a value hypothesis',
  );
  await page.waitForLoadState('networkidle');
  const manifest = (await (await page.request.get('/search-index.json')).json()) as {
    index: { shards: { key: string }[] };
  };
  const shards = fetched.filter((path) => path.startsWith('/search-shards/'));
  expect(fetched).toContain('/search-index.json');
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThan(manifest.index.shards.length / 3);
  expect(fetched.filter((path) => JOURNEY.test(path))).toEqual([]);
});

test('a word whose shard cannot be fetched is named as needing a connection, and the other words still find modules', async ({
  page,
  context,
}) => {
  const manifest = (await (await page.request.get('/search-index.json')).json()) as {
    index: { shards: { key: string; file: string }[] };
  };
  const { file } = manifest.index.shards.filter((s) => 'hypothesi'.startsWith(s.key)).at(-1)!;
  await context.route(`**/search-shards/${file}.json`, (route) => route.abort('internetdisconnected'));
  await page.goto('/search/?q=value%20hypothesis');
  await expect(page.getByText('Searching for “hypothesis” needs a connection')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText(/^[1-9]\d* modules? found$/);
  await expectNoAxeViolations(page);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`unavailable-${viewport.width}.png`) });
  }

  await page.goto('/paths/');
  const box = page.getByRole('combobox', { name: 'Search modules' });
  await box.focus();
  await box.pressSequentially('value hypothesis');
  await expect(page.getByRole('option', { name: /“hypothesis” needs a connection/ })).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('search works offline once the site is cached', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
    await context.setOffline(true);
    await page.goto('/search/?q=single%20payer');
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText(/^[1-9]\d* modules? found$/);
    await expect(page.getByRole('link', { name: 'Healthcare archetypes' })).toBeVisible();
    await expect(page.locator('.passage mark').first()).toBeVisible();
  });
});
