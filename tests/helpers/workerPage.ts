import { test as base, type Page } from '@playwright/test';

/**
 * `test` with `workerPage`: one page per worker, kept from test to test, for specs that only open pages
 * and read them (no learner state is asserted). A fresh context and page per test costs a new renderer
 * process each time: reading.spec's 42 module tests took 63–65 s with one per test and 34–38 s with
 * one per worker (three workers, 2026-12-02). The page has the project's `use` options (base URL,
 * viewport, blocked service worker). A test that listens to the page removes its listeners before it ends.
 */
export const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, serviceWorkers });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});
