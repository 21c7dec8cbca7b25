import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { skipWholeAssessment } from '../helpers/learner';

// What the journey page costs before the learner does anything (issue 21, "The journey page"): a phone's
// viewport, a learner of this browser who never connected a sync server.
// The service worker is allowed: the first visit after planning saves the journey's modules for offline use.
test.use({ viewport: { width: 412, height: 823 }, serviceWorkers: 'allow' });

/** Every script the page fetches from now until the network is idle, with its body; nothing is done on the page meanwhile. */
function recordScripts(page: Page) {
  const scripts: Promise<{ url: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url()).pathname;
    if (/\.m?js$/.test(url)) scripts.push(response.body().then((body) => ({ url, body })));
  });
  return () => Promise.all(scripts);
}

/** The first view the page's script draws (src/client/journeyFirstView.ts): hidden once the island has taken over. */
const firstView = (page: Page) => page.locator('[data-journey-first-view]');

test('before any interaction the journey page loads neither validation (zod) nor the sync engine of a learner who never connected', async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await page.goto('/journey/');
  await expect(page.getByRole('heading', { name: 'Start with a self-assessment' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bodies = await scripts();
  expect(bodies.length).toBeGreaterThan(0);
  // zod's error class, and the Web Lock the sync engine takes for each run (src/client/syncEngine.ts).
  expect(bodies.filter(({ body }) => body.includes('ZodError')).map(({ url }) => url)).toEqual([]);
  expect(bodies.filter(({ body }) => body.includes('cohesion-sync')).map(({ url }) => url)).toEqual([]);
});

test('a learner with a journey sees it drawn before any interaction, in at most 60 KB of JavaScript (gzip), without React', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await skipWholeAssessment(page);
  // The first visit after planning saves the journey's modules for offline use (the island, at once).
  await page.goto('/journey/');
  await expect(page.getByText(/modules of your journey are available offline\.$/)).toBeVisible({ timeout: 45_000 });

  const scripts = recordScripts(page);
  await page.goto('/journey/');
  await expect(page.getByRole('heading', { name: /^Stage 1: towards / })).toBeVisible();
  await expect(page.getByText(/^0 of \d+ modules done/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start: / })).toHaveAttribute('href', /^\/modules\/[^/]+\/$/);
  await expect(page.getByRole('heading', { name: 'Your target' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bodies = await scripts();

  const gzip = bodies.reduce((n, { body }) => n + gzipSync(body).length, 0);
  expect(gzip, bodies.map(({ url, body }) => `${url} ${gzipSync(body).length}`).join('\n')).toBeLessThanOrEqual(
    60 * 1024,
  );
  // React's renderer (its hydration entry point) and XState's actor runtime are not among them.
  expect(bodies.filter(({ body }) => body.includes('hydrateRoot')).map(({ url }) => url)).toEqual([]);
  expect(bodies.filter(({ body }) => body.includes('xstate.')).map(({ url }) => url)).toEqual([]);
  await expect(firstView(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without a service worker (no modules to save for offline use)', () => {
  test.use({ serviceWorkers: 'block' });

  test('the first interaction hands the first view over to the island, keeping focus and what the learner chose and pressed', async ({
    page,
  }) => {
    await skipWholeAssessment(page);
    await page.goto('/journey/');
    await expect(page.getByRole('heading', { name: /^Stage 1: towards / })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(firstView(page)).toBeVisible();

    // The keyboard reaches the first view's controls; the island takes over with focus where it was.
    const start = page.getByRole('link', { name: /^Start: / });
    await start.focus();
    await expect(firstView(page)).toBeHidden();
    await expect(start).toBeFocused();

    // A choice made and a button pressed on the first view, before the island had hydrated, are not lost.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your target' })).toBeVisible();
    await page.getByLabel('Aim at').selectOption({ label: 'Think global, act local' });
    await page.getByRole('button', { name: 'Change target' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('Think global, act local');
    await expect(page.getByRole('button', { name: /^Yes, re-plan/ })).toBeFocused();
  });
});

test('the French page draws its first view in French', async ({ page }) => {
  await page.goto('/fr/journey/');
  await expect(page.getByRole('heading', { name: 'Commencez par une auto-évaluation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Faire l’auto-évaluation' })).toHaveAttribute('href', '/fr/assessment/');
});
