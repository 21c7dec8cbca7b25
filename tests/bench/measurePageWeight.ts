import type { Browser } from '@playwright/test';

/** Raw and gzip bytes of one kind of resource, and how many files. */
export interface Bytes {
  files: number;
  raw: number;
  gzip: number;
}

/** What Chromium fetched for a page, loaded and left idle without any interaction. */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
  /** Site paths of the scripts fetched, for finding what loads up front and why. */
  scripts: string[];
  /** Site paths of everything else fetched besides the HTML and CSS (data, icons). */
  others: string[];
}

/** The viewport of Lighthouse's mobile preset (Moto G Power), so `client:visible` islands behave as they do there. */
export const MOBILE_VIEWPORT = { width: 412, height: 823 };

const sum = (list: { raw: number; gzip: number }[]): Bytes =>
  list.reduce<Bytes>((b, e) => ({ files: b.files + 1, raw: b.raw + e.raw, gzip: b.gzip + e.gzip }), {
    files: 0,
    raw: 0,
    gzip: 0,
  });

/** Sorts fetched resources into HTML, CSS, JavaScript and the rest. */
function weigh(
  html: { raw: number; gzip: number },
  resources: { path: string; raw: number; gzip: number }[],
): PageWeight {
  const scripts = resources.filter((r) => /\.m?js$/.test(r.path));
  const css = resources.filter((r) => r.path.endsWith('.css'));
  const others = resources.filter((r) => !scripts.includes(r) && !css.includes(r));
  return {
    html: { files: 1, ...html },
    css: sum(css),
    js: sum(scripts),
    other: sum(others),
    scripts: scripts.map((r) => r.path),
    others: others.map((r) => r.path),
  };
}

/**
 * Loads a page in a fresh Chromium context (nothing cached, service workers blocked so their
 * precaching is not counted as the page's) from a gzip server, waits until no resource has been
 * fetched for a second after `load` and idle callbacks have run, and sums the Resource Timing
 * sizes: `encodedBodySize` as sent (gzip), `decodedBodySize` raw. Inline scripts count as HTML.
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: MOBILE_VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok())
      throw new Error(`${url} answered ${response?.status()}: is the page type missing from this site?`);
    let count = -1;
    for (let quiet = 0, waited = 0; quiet < 4 && waited < 40; waited++) {
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 })));
      await page.waitForTimeout(250);
      const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
      quiet = now === count ? quiet + 1 : 0;
      count = now;
    }
    // Only plain data crosses into the page: tsx would wrap named helper functions in a `__name` the page lacks.
    const entries = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        path: new URL(e.name).pathname,
        raw: e.decodedBodySize,
        gzip: e.encodedBodySize,
      }));
      return { html: { raw: nav.decodedBodySize, gzip: nav.encodedBodySize }, resources };
    });
    return weigh(entries.html, entries.resources);
  } finally {
    await context.close();
  }
}
