import type { Browser, Page } from '@playwright/test';
import { MOBILE_VIEWPORT } from './measurePageWeight';

/** A learner's first search on a page, as they make it: bytes fetched from the first focus until the results and their passages are shown. */
export interface FirstSearch {
  bytes: number;
  files: number;
  /** Site path and gzip bytes of each thing fetched, largest first. */
  fetched: { path: string; bytes: number }[];
  /** Results shown. */
  results: number;
}

/** Waits until `requests()` has not changed for a second (at most ten seconds). */
async function settle(page: Page, requests: () => number) {
  let count = -1;
  for (let quiet = 0, waited = 0; quiet < 4 && waited < 40; waited++) {
    await page.waitForTimeout(250);
    quiet = requests() === count ? quiet + 1 : 0;
    count = requests();
  }
}

/** The search UI of each site: Cohesion's header combobox, Starlight's search dialog (Pagefind UI). */
const OPEN_AND_TYPE: Record<'cohesion' | 'starlight', (page: Page, query: string) => Promise<number>> = {
  async cohesion(page, query) {
    const box = page.getByRole('combobox', { name: 'Search modules' });
    await box.focus();
    await box.pressSequentially(query, { delay: 30 });
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await options.first().waitFor();
    return options.count();
  },
  async starlight(page, query) {
    await page.getByRole('button', { name: 'Search' }).first().click();
    const box = page
      .getByRole('dialog')
      .getByRole('searchbox')
      .or(page.getByRole('dialog').getByRole('textbox'))
      .first();
    await box.pressSequentially(query, { delay: 30 });
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor();
    return results.count();
  },
};

/**
 * Opens `url` in a fresh mobile-sized Chromium context, lets it settle, then searches for `query`
 * through the site's own search UI and sums the encoded (gzip) body sizes of everything fetched
 * from that moment, by the page or its workers: the search code, the index and the excerpts.
 */
export async function measureFirstSearch(
  browser: Browser,
  url: string,
  site: 'cohesion' | 'starlight',
  query: string,
): Promise<FirstSearch> {
  const context = await browser.newContext({ viewport: MOBILE_VIEWPORT, serviceWorkers: 'block' });
  try {
    // Network events rather than Resource Timing: Pagefind fetches its index from a Web Worker, which the page's timeline does not see.
    let started = 0;
    let sizes: Promise<{ path: string; bytes: number }>[] = [];
    context.on('request', () => started++);
    context.on('requestfinished', (request) =>
      sizes.push(request.sizes().then((s) => ({ path: new URL(request.url()).pathname, bytes: s.responseBodySize }))),
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, () => started);
    sizes = [];
    const results = await OPEN_AND_TYPE[site](page, query);
    await settle(page, () => started);
    const fetched = await Promise.all(sizes);
    return {
      bytes: fetched.reduce((sum, f) => sum + f.bytes, 0),
      files: fetched.length,
      fetched: fetched.sort((a, b) => b.bytes - a.bytes),
      results,
    };
  } finally {
    await context.close();
  }
}
