import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** File types precached so that every page, its scripts, styles, icons and the curriculum work offline. */
const PRECACHED = '**/*.{html,js,css,json,svg,png,webmanifest,woff2}';
/** Far above any file the site emits today (the largest is a few hundred KB); a bigger file is skipped with a warning. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * After `astro build`, writes `sw.js` into the build output: a Workbox service worker that
 * precaches the whole site, so every page works offline after the first visit.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'cohesion:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: [PRECACHED],
          // The worker must not precache itself; Workbox's runtime is inlined, so there is no other file of ours to skip.
          globIgnores: ['sw.js'],
          swDest: fileURLToPath(new URL('sw.js', dir)),
          inlineWorkboxRuntime: true,
          mode: 'production',
          // Astro's bundles carry a content hash in their names: the URL is the revision.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
          // trailingSlash 'always': a navigation to /modules/x/ is answered with the precached /modules/x/index.html.
          directoryIndex: 'index.html',
          // Any query string (?utm_…, ?from=…) still finds the precached page: no page reads its query on the server.
          ignoreURLParametersMatching: [/.*/],
          // A page this build does not have gets the site's own "not found" page, online or not.
          navigateFallback: '/404.html',
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
