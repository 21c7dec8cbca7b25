// The service worker's source: `src/integrations/serviceWorker.ts` bundles it with esbuild into `sw.js` after
// each build, defining `__PRECACHE_MANIFEST__` (Workbox's `self.__WB_MANIFEST`: the shell's files and their revisions, `precacheManifest`) and
// `__OFFLINE_CACHE__` (the runtime cache the pages agree on, lib/offline/offlineManifest.ts). It runs in the
// worker's global scope, with Workbox's runtime modules.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** The part of ServiceWorkerGlobalScope this worker uses (the project's TypeScript has the DOM's types, not the worker's). */
interface WorkerScope {
  importScripts(...urls: string[]): void;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];
declare const __OFFLINE_CACHE__: string;
const worker = self as unknown as WorkerScope;

// Saving a journey's modules when a page asks (public/sw-save-offline.js), and the review reminders
// (src/serviceWorker/reviewReminderWorker.ts, bundled beside sw.js as sw-review-reminder.js).
worker.importScripts('/sw-save-offline.js', '/sw-review-reminder.js');

// A new build waits until the learner chooses "Reload" (the page posts SKIP_WAITING through workbox-window),
// so an assessment in progress is never swapped to new content under their feet.
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
// The first worker takes control of the page that installed it, so it works offline at once.
clientsClaim();

precacheAndRoute(__PRECACHE_MANIFEST__, {
  // trailingSlash 'always': a navigation to /journey/ is answered with the precached /journey/index.html.
  directoryIndex: 'index.html',
  // Any query string (?utm_…, ?from=…) still finds the precached page: no page reads its query on the server.
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

const isSiteApi = (url: URL) => /^\/(xapi|api)\//.test(url.pathname);

// Every other page (modules, paths, coverage…): fresh when online, the copy saved on a visit or by a journey's
// download when not, and a page saying so when it was never saved.
registerRoute(
  ({ request, sameOrigin, url }) => sameOrigin && request.mode === 'navigate' && !isSiteApi(url),
  new NetworkFirst({
    cacheName: __OFFLINE_CACHE__,
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreSearch: true, ignoreVary: true },
    plugins: [
      {
        // The "needs a connection" page in the page's locale (/fr/… → /fr/offline/), else the default's.
        // Precached with a revision in its query, hence ignoreSearch.
        handlerDidError: async ({ request }) => {
          const prefix = new URL(request.url).pathname.split('/')[1];
          const local = prefix
            ? await caches.match(`/${prefix}/offline/index.html`, { ignoreSearch: true })
            : undefined;
          return local ?? (await caches.match('/offline/index.html', { ignoreSearch: true }));
        },
      },
    ],
  }),
);

// A module's checks, search data and images: the same, without a fallback page. Only the site's own files (a
// name with an extension, no credentials): a Learning Record Store on this origin, wherever its endpoint is,
// answers with a learner's statements, which are never cached.
registerRoute(
  ({ request, sameOrigin, url }) =>
    sameOrigin &&
    request.method === 'GET' &&
    !request.headers.has('Authorization') &&
    /\.[a-z0-9]+$/i.test(url.pathname) &&
    !isSiteApi(url) &&
    url.pathname !== '/sw-save-offline.js' &&
    url.pathname !== '/sw-review-reminder.js',
  new NetworkFirst({
    cacheName: __OFFLINE_CACHE__,
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreSearch: true, ignoreVary: true },
  }),
);
