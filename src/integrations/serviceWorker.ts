import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { readSiteLocales } from '../authoring/readSiteLocales';
import { OFFLINE_CACHE, offlineManifestUrl } from '../lib/offline/offlineManifest';
import { bundleWorkerScript } from './bundleWorkerScript';
import { offlineModuleFiles } from './offlineModuleFiles';
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
/** The review reminders' part of the worker (src/worker/), bundled beside sw.js. */
const REMINDER_SCRIPT = 'sw-review-reminder.js';
/** Far above any file the shell has today; a bigger file is skipped with a warning. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * After `astro build`, writes `sw.js` into the build output: a Workbox service worker that precaches
 * the shell, caches every page and file of the site when it is first fetched (served from that cache
 * offline), and saves a journey's modules when a page asks (`public/sw-save-offline.js`); and writes
 * `offline-modules.json` (and `/<locale>/offline-modules.json` for each other locale), what saving each
 * module fetches and weighs; and bundles the review reminders (`src/worker/reviewReminderWorker.ts`) into
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
        await bundleWorkerScript(join(root, 'src/worker/reviewReminderWorker.ts'), join(outDir, REMINDER_SCRIPT));
        const [, ...others] = readSiteLocales();
        writeFileSync(join(outDir, offlineManifestUrl('/')), JSON.stringify(offlineModuleFiles(outDir)));
        for (const locale of others)
          writeFileSync(
            join(outDir, offlineManifestUrl(`/${locale}/`)),
            JSON.stringify(offlineModuleFiles(outDir, locale)),
          );
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: [...SHELL, ...searchPrecache(outDir)],
          // The evidence page's charting library is for leads: cached when they visit, never in a learner's shell.
          globIgnores: ['_astro/evidencePlot.*.js'],
          swDest: join(outDir, 'sw.js'),
          importScripts: ['/sw-save-offline.js', `/${REMINDER_SCRIPT}`],
          inlineWorkboxRuntime: true,
          mode: 'production',
          // Astro's bundles carry a content hash in their names: the URL is the revision.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
          // trailingSlash 'always': a navigation to /journey/ is answered with the precached /journey/index.html.
          directoryIndex: 'index.html',
          // Any query string (?utm_…, ?from=…) still finds the precached page: no page reads its query on the server.
          ignoreURLParametersMatching: [/.*/],
          runtimeCaching: [
            {
              // Every other page (modules, paths, coverage…): fresh when online, the copy saved on a visit or by a
              // journey's download when not, and a page saying so when it was never saved.
              urlPattern: ({ request, sameOrigin, url }) =>
                sameOrigin && request.mode === 'navigate' && !/^\/(xapi|api)\//.test(url.pathname),
              handler: 'NetworkFirst',
              options: {
                cacheName: OFFLINE_CACHE,
                networkTimeoutSeconds: 5,
                matchOptions: { ignoreSearch: true, ignoreVary: true },
                plugins: [
                  {
                    // The "needs a connection" page in the page's locale (/fr/… → /fr/offline/), else the default's.
                    // Precached with a revision in its query, hence ignoreSearch. (Serialised into sw.js: self-contained.)
                    handlerDidError: async ({ request }: { request: Request }) => {
                      const prefix = new URL(request.url).pathname.split('/')[1];
                      const local = prefix
                        ? await caches.match(`/${prefix}/offline/index.html`, { ignoreSearch: true })
                        : undefined;
                      return local ?? (await caches.match('/offline/index.html', { ignoreSearch: true }));
                    },
                  },
                ],
              },
            },
            {
              // A module's checks, search data and images: the same, without a fallback page. Only the site's
              // own files (a name with an extension, no credentials): a Learning Record Store on this origin,
              // wherever its endpoint is, answers with a learner's statements, which are never cached.
              urlPattern: ({ request, sameOrigin, url }) =>
                sameOrigin &&
                request.method === 'GET' &&
                !request.headers.has('Authorization') &&
                /\.[a-z0-9]+$/i.test(url.pathname) &&
                !/^\/(xapi|api)\//.test(url.pathname) &&
                // Literal names: this function is serialised into sw.js, where no constant of this file exists.
                url.pathname !== '/sw-save-offline.js' &&
                url.pathname !== '/sw-review-reminder.js',
              handler: 'NetworkFirst',
              options: {
                cacheName: OFFLINE_CACHE,
                networkTimeoutSeconds: 5,
                matchOptions: { ignoreSearch: true, ignoreVary: true },
              },
            },
          ],
          // A new build waits until the learner chooses "Reload" (the page posts SKIP_WAITING), so an
          // assessment in progress is never swapped to new content under their feet.
          skipWaiting: false,
          // The first worker takes control of the page that installed it, so it works offline at once.
          clientsClaim: true,
          cleanupOutdatedCaches: true,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${Math.round(size / 1024)} KB).`);
      },
    },
  };
}
