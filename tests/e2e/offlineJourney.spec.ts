import { expect, test } from '@playwright/test';
import { walkAssessmentAtLevel } from '../helpers/learner';

// The site's service worker (src/integrations/serviceWorker.ts) must be allowed to run.
test.use({ serviceWorkers: 'allow' });

test('a planned journey is saved for offline use, and every module of it opens offline', async ({ page, context }) => {
  // Opens every module of the journey offline: 72–90+ s on CI's busy two cores (2026-12-01).
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByText('Cohesion is ready to work offline.')).toBeVisible({ timeout: 15_000 });
  // The first visit precaches only the shell: no module page is saved yet.
  expect(await page.evaluate(async () => (await caches.match('/modules/healthcare-archetypes/')) === undefined)).toBe(
    true,
  );

  // Walked, not restored (assessAtLevel): this page already holds the site's database open.
  await walkAssessmentAtLevel(page, 2);
  await page.getByRole('link', { name: 'See your journey' }).click();
  const offline = page.getByRole('region', { name: 'Offline' });
  await expect(offline.getByRole('status')).toHaveText(/^All \d+ modules of your journey are available offline\.$/, {
    timeout: 60_000,
  });
  const steps = page.locator('.journey-steps > li');
  const modules = await steps.evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('a[href^="/modules/"]')!;
      return { href: link.getAttribute('href')!, title: link.textContent!.trim() };
    }),
  );
  expect(modules.length).toBeGreaterThan(1);
  await expect(offline.getByRole('status')).toHaveText(
    `All ${modules.length} modules of your journey are available offline.`,
  );

  await context.setOffline(true);
  for (const { href, title } of modules) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  // A module outside the journey, never opened, says it needs a connection instead of failing.
  const outside = await page.evaluate(
    async (inJourney) => {
      const all = Object.keys(await (await fetch('/offline-modules.json')).json());
      return all.find((id) => !inJourney.includes(`/modules/${id}/`));
    },
    modules.map((m) => m.href),
  );
  expect(outside).toBeDefined();
  await page.goto(`/modules/${outside}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page needs a connection');
  // Search still answers offline, and says which results need a connection.
  await page.goto(`/search/?q=${encodeURIComponent(outside!.replaceAll('-', ' '))}`);
  const result = page.getByRole('listitem').filter({ has: page.locator(`a[href^="/modules/${outside}/"]`) });
  await expect(result.getByText('Needs a connection: not saved on this device')).toBeVisible();
  const saved = page.getByRole('listitem').filter({ has: page.locator(`a[href^="${modules[0]!.href}"]`) });
  await page.goto(`/search/?q=${encodeURIComponent(modules[0]!.title)}`);
  await expect(saved.getByRole('heading')).toBeVisible();
  await expect(saved.getByText('Needs a connection')).toBeHidden();
});
