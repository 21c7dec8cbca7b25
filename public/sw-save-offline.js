// Imported by the service worker (src/integrations/serviceWorker.ts, workbox `importScripts`): saves the files
// a page names for offline use, in the background, reporting progress on the MessagePort it was sent with
// (src/client/saveForOffline.ts). The worker's runtime routes read them from the same cache.
// Message: { type: 'offline.save', cache, urls } → port messages { type: 'offline.progress', done, total, failed }
// after each file, then { type: 'offline.done', done, total, failed }.
self.addEventListener('message', (event) => {
  const data = event.data;
  const port = event.ports[0];
  if (!data || data.type !== 'offline.save' || !port || !Array.isArray(data.urls)) return;
  event.waitUntil(saveForOffline(data.cache, data.urls, port));
});

async function saveForOffline(cacheName, urls, port) {
  const cache = await caches.open(cacheName);
  const total = urls.length;
  let done = 0;
  let failed = 0;
  let next = 0;
  // A few requests at a time: fast on a good connection, without flooding a phone's.
  const worker = async () => {
    while (next < total) {
      const url = urls[next++];
      try {
        if (!(await cache.match(url, { ignoreSearch: true, ignoreVary: true }))) {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          await cache.put(url, response);
        }
      } catch {
        failed++; // offline again, or the file is gone: the page says how many could not be saved
      }
      done++;
      port.postMessage({ type: 'offline.progress', done, total, failed });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  port.postMessage({ type: 'offline.done', done, total, failed });
}
