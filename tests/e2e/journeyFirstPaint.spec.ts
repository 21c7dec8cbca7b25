import { expect, test } from '@playwright/test';

// What the journey page costs before the learner does anything (issue 21, "The journey page"): a phone's
// viewport, a learner of this browser who never connected a sync server.
test.use({ viewport: { width: 412, height: 823 } });

test('before any interaction the journey page loads neither validation (zod) nor the sync engine of a learner who never connected', async ({
  page,
}) => {
  const scripts: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url()).pathname;
    if (/\.m?js$/.test(url)) scripts.push(response.text().then((body) => ({ url, body })));
  });
  await page.goto('/journey/');
  await expect(page.getByRole('heading', { name: 'Start with a self-assessment' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  // zod's error class, and the Web Lock the sync engine takes for each run (src/client/syncEngine.ts).
  expect(bodies.filter(({ body }) => body.includes('ZodError')).map(({ url }) => url)).toEqual([]);
  expect(bodies.filter(({ body }) => body.includes('cohesion-sync')).map(({ url }) => url)).toEqual([]);
});
