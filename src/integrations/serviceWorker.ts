import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readSiteLocales } from '../authoring/readSiteLocales';
import { OFFLINE_CACHE, offlineManifestUrl } from '../lib/offline/offlineManifest';
import { bundleWorkerScript } from './bundleWorkerScript';
import { offlineModuleFiles } from './offlineModuleFiles';
import { precacheManifest } from './precacheManifest';
import { searchPrecache } from './searchPrecache';

/**
 * The shell every learner needs, precached on the first visit: scripts, styles and fonts, the pages
 * everyone uses (home, journey, review, self-assessment, search, region, your data, sync, offline, not found),
 * the planner's curriculum data and the icons. Nothing here grows with the number of modules.
 */
const SHELL = [
  '_astro/**/*.{js,css,woff2}',
  'index.html',
  '{journey,review,assessment,search,region,data,sync,offline}/index.html',
  // The other locales' "needs a connection" and "not found" pages and planner data (/fr/offline/, /fr/404/, /fr/curriculum.json).
  '*/{offline,404}/index.html',
  '*/curriculum.json',
  '404.html',
  'curriculum.json',
  '*.{svg,png,webmanifest}',
];
/** The review reminders' part of the worker (src/serviceWorker/), bundled beside sw.js. */
const REMINDER_SCRIPT = 'sw-review-reminder.js';
/** Far above any file the shell has today; a bigger file is skipped with a warning. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * After `astro build`, writes `sw.js` into the build output: a Workbox service worker (`src/serviceWorker/sw.ts`
 * with Workbox's runtime modules, bundled by esbuild with the shell's precache manifest) that precaches
 * the shell, caches every page and file of the site when it is first fetched (served from that cache
 * offline), and saves a journey's modules when a page asks (`public/sw-save-offline.js`); and writes
 * `offline-modules.json` (and `/<locale>/offline-modules.json` for each other locale), what saving each
 * module fetches and weighs; and bundles the review reminders (`src/serviceWorker/reviewReminderWorker.ts`) into
 * `sw-review-reminder.js`, which the worker imports too.
 */
export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'cohesion:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await bundleWorkerScript(
          join(root, 'src/serviceWorker/reviewReminderWorker.ts'),
          join(outDir, REMINDER_SCRIPT),
        );
        const [, ...others] = readSiteLocales();
        writeFileSync(join(outDir, offlineManifestUrl('/')), JSON.stringify(offlineModuleFiles(outDir)));
        for (const locale of others)
          writeFileSync(
            join(outDir, offlineManifestUrl(`/${locale}/`)),
            JSON.stringify(offlineModuleFiles(outDir, locale)),
          );
        const { entries, size, warnings } = precacheManifest(outDir, {
          patterns: [...SHELL, ...searchPrecache(outDir)],
          // The evidence page's charting library is for leads: cached when they visit, never in a learner's shell.
          ignores: ['_astro/evidencePlot.*.js'],
          // Astro's bundles carry a content hash in their names: the URL is the revision.
          hashedUrls: /^_astro\//,
          maximumFileBytes: MAX_FILE_BYTES,
        });
        await build({
          entryPoints: [fileURLToPath(new URL('../serviceWorker/sw.ts', import.meta.url))],
          outfile: join(outDir, 'sw.js'),
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          logLevel: 'warning',
          define: {
            __PRECACHE_MANIFEST__: JSON.stringify(entries),
            __OFFLINE_CACHE__: JSON.stringify(OFFLINE_CACHE),
            // Workbox's runtime without its development logging and assertions.
            'process.env.NODE_ENV': '"production"',
          },
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${entries.length} files (${Math.round(size / 1024)} KB).`);
      },
    },
  };
}
