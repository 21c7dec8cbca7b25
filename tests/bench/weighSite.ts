import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { analysePageScripts } from './analysePageScripts';
import type { PageFigures, SiteFigures } from './benchReport';
import { measurePageWeight } from './measurePageWeight';
import { serveStatic } from './serveStatic';

/** The first entry of a built folder (sorted), so the same module and path are weighed in every run. */
const first = (siteDir: string, folder: string) =>
  readdirSync(join(siteDir, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()[0];

/** The page types a learner or lead meets, by site path (those the site has): every type for Cohesion, home and module page for Starlight. */
export function pageTypes(siteDir: string, product: SiteFigures['product']): { type: string; path: string }[] {
  const module = { type: 'module', path: `/modules/${first(siteDir, 'modules')}/` };
  if (product === 'starlight') return [{ type: 'home', path: '/' }, module];
  return [
    { type: 'home', path: '/' },
    module,
    { type: 'path', path: `/paths/${first(siteDir, 'paths')}/` },
    { type: 'journey', path: '/journey/' },
    { type: 'assessment', path: '/assessment/' },
    { type: 'coverage', path: '/coverage/' },
    { type: 'search', path: '/search/' },
    // Not budgeted page types, weighed for the islands they hold.
    { type: 'region', path: '/region/' },
    { type: 'data', path: '/data/' },
  ].filter((p) => existsSync(join(siteDir, p.path, 'index.html')));
}

/** gzip size of every module page's HTML on disk: the median shows whether pages grow with the curriculum. */
export function moduleHtmlSizes(siteDir: string): SiteFigures['moduleHtml'] {
  const sizes = readdirSync(join(siteDir, 'modules'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(siteDir, 'modules', e.name, 'index.html')))
    .map((e) => gzipSync(readFileSync(join(siteDir, 'modules', e.name, 'index.html'))).length)
    .sort((a, b) => a - b);
  return { count: sizes.length, median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes.at(-1) ?? 0 };
}

/** Weighs each page type of a built site in Chromium (served with gzip) and reads the JavaScript its HTML declares. */
export async function weighPages(
  browser: Browser,
  siteDir: string,
  product: SiteFigures['product'],
): Promise<PageFigures[]> {
  const { url, server } = await serveStatic(siteDir);
  try {
    const pages: PageFigures[] = [];
    for (const { type, path } of pageTypes(siteDir, product)) {
      const measured = await measurePageWeight(browser, `${url}${path}`);
      const declared = await analysePageScripts(siteDir, readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
      pages.push({ type, path, measured, declared });
    }
    return pages;
  } finally {
    server.close();
  }
}
