import { type BrowserContext, expect, type Page, test } from '@playwright/test';

/** What `BrowserContext.storageState` returns: cookies, and localStorage and (asked for here) IndexedDB per origin. */
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The learner states this worker has recorded, by site and walk name. */
const recorded = new Map<string, Promise<StorageState>>();

/**
 * Gives `page`'s context the storage a new learner has after `walk`, as the app itself stored it, then
 * opens `path`. The first call in a worker for a site and `name` does `walk` through the UI in a context
 * of its own and records that context's storage (IndexedDB and localStorage); later calls only restore
 * it. So each UI walk still runs (once per worker, and in full in the spec that tests it) while the tests
 * that merely start from its end skip it. Call it before `page` has opened the site: the context's
 * storage is replaced.
 */
export async function startAfterWalk(page: Page, name: string, walk: (page: Page) => Promise<void>, path: string) {
  // The project's site; a spec that points its pages elsewhere would get the wrong learner, hence the check below.
  const baseURL = test.info().project.use.baseURL!;
  const key = `${baseURL} ${name}`;
  if (!recorded.has(key)) recorded.set(key, record(page, baseURL, walk));
  await page.context().setStorageState(await recorded.get(key)!);
  await page.goto(path);
  expect(new URL(page.url()).origin, 'the page is on the site the walk was recorded on').toBe(new URL(baseURL).origin);
}

/** Walks a fresh context through `walk` and returns its storage, IndexedDB included. */
async function record(page: Page, baseURL: string, walk: (page: Page) => Promise<void>): Promise<StorageState> {
  const context = await page.context().browser()!.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    await walk(await context.newPage());
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}
