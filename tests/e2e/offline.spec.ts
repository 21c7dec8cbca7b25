import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { completeFirstModuleFromJourney, questionLabel } from '../helpers/learner';

// The site's service worker (src/integrations/serviceWorker.ts) must be allowed to run.
test.use({ serviceWorkers: 'allow' });
// The update test rewrites the served sw.js for a moment: the first test must not be loading it then.
test.describe.configure({ mode: 'serial' });

/** Opens `url` and checks the page itself was served, not the "not found" fallback. */
async function openPage(page: Page, url: string, heading: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('after one visit the shell and the pages opened work offline, and progress made offline survives a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  // The first worker precaches the shell, claims the page and says so.
  const ready = page.getByText('Cohesion is ready to work offline.');
  await expect(ready).toBeVisible({ timeout: 15_000 });
  expect(
    await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null,
    ),
  ).toBe(true);
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(ready).toBeHidden();

  // A module opened online is kept for offline use.
  await openPage(page, '/modules/healthcare-archetypes/', 'Healthcare archetypes');

  await context.setOffline(true);

  // The shell's pages (precached, never opened), the module opened before, and a page saying so for one never opened.
  await openPage(page, '/journey/', 'Your journey');
  await openPage(page, '/modules/healthcare-archetypes/', 'Healthcare archetypes');
  await openPage(page, '/paths/value-and-insight/', 'This page needs a connection');

  // Part of the self-assessment, then a reload: it resumes where the learner stopped.
  await openPage(page, '/assessment/', 'Self-assessment');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 1; i <= 3; i++) {
    await expect(questionLabel(page)).toHaveText(new RegExp(`^Question ${i} of`));
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(questionLabel(page)).toHaveText(/^Question 4 of/);
  await page.reload();
  await expect(questionLabel(page)).toHaveText(/^Question 4 of/);

  // Finish it (a module is only part of the journey once there is one). The journey planned offline is saved
  // for offline use once the connection is back; then, offline again, complete its first module.
  await page.getByRole('button', { name: 'Skip the remaining questions' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await context.setOffline(false);
  await page.getByRole('link', { name: 'See your journey' }).click();
  await expect(page.getByText(/modules of your journey are available offline\.$/)).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  const status = await completeFirstModuleFromJourney(page);

  await page.reload();
  await expect(status).toContainText('Done');
  await status.getByRole('link', { name: 'your journey' }).click();
  await expect(page.getByText(/^1 of \d+ modules done/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^1 of \d+ modules done/)).toBeVisible();
});

test('when a newer build is installed, the learner is offered a reload that switches to it', async ({ page }) => {
  test.setTimeout(45_000);
  await page.goto('/');
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
  // A newer build deployed: the served worker script changes by a comment (restored afterwards).
  const worker = join(process.env.E2E_OUT_DIR ?? 'dist', 'sw.js');
  const built = readFileSync(worker, 'utf8');
  writeFileSync(worker, `${built}\n// a newer build\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  } finally {
    writeFileSync(worker, built);
  }
  await expect(page.getByText('New content is available.')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
    true,
  );

  await page.evaluate(() => ((window as unknown as { stale?: boolean }).stale = true));
  // The page reloads under the new worker, and nothing is left waiting.
  await Promise.all([
    page.waitForEvent('load', { timeout: 15_000 }),
    page.getByRole('button', { name: 'Reload' }).click(),
  ]);
  expect(await page.evaluate(() => (window as unknown as { stale?: boolean }).stale ?? false)).toBe(false);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();
  await expect(page.getByText('New content is available.')).toBeHidden();
});
