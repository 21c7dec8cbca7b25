import type { Browser } from '@playwright/test';
import { MOBILE_VIEWPORT } from './measurePageWeight';
import { serveStatic } from './serveStatic';

/** What a learner's first visit to the home page transfers, service worker install included. */
export interface FirstVisit {
  /** Body bytes sent by the server (gzip where a host would compress), for the page and its worker. */
  bytes: number;
  /** Responses sent. */
  files: number;
  /** Responses that belong to one module (its pages, checks, search passage): none, or the visit grows with the curriculum. */
  moduleFiles: number;
  /** The largest responses, for finding what a change added. */
  largest: { path: string; bytes: number }[];
}

/**
 * Opens the home page of a built site in a fresh Chromium context with service workers allowed, waits
 * until the worker controls the page (its install, and so its precache, has finished) and nothing has
 * been requested for a second, and counts every byte the server sent: the page, its scripts, the
 * worker script and everything the worker precached.
 */
export async function measureFirstVisit(browser: Browser, siteDir: string): Promise<FirstVisit> {
  const sent: { path: string; bytes: number }[] = [];
  const { url, server } = await serveStatic(siteDir, {}, (path, bytes) => sent.push({ path, bytes }));
  const context = await browser.newContext({ viewport: MOBILE_VIEWPORT, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    for (let quiet = 0, count = -1; quiet < 4; ) {
      await page.waitForTimeout(250);
      quiet = sent.length === count ? quiet + 1 : 0;
      count = sent.length;
    }
    return {
      bytes: sent.reduce((n, s) => n + s.bytes, 0),
      files: sent.length,
      moduleFiles: sent.filter((s) => /^\/(modules|search-fragments)\//.test(s.path)).length,
      largest: [...sent].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    };
  } finally {
    await context.close();
    server.close();
  }
}
