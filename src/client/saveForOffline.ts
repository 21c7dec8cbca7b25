import { OFFLINE_CACHE, offlineManifestSchema, offlineManifestUrl } from '../lib/offline/offlineManifest';
import { type OfflineSavePlan, planOfflineSave } from '../lib/offline/planOfflineSave';
import { isSavedOffline } from './isSavedOffline';
import { pageBase } from './pageBase';

/** How long the journey page waits for the service worker to be active (on a first visit it is still installing). */
const WORKER_WAIT_MS = 20_000;

/** How far a download for offline use has got: files handled of the total, and how many could not be saved. */
export interface OfflineSaveProgress {
  done: number;
  total: number;
  failed: number;
}

/**
 * What saving `moduleIds` for offline use still has to download, from the build's offline manifest
 * of the page's locale (its module pages and answer keys)
 * and what this browser's caches hold; null without an active service worker (`astro dev`, old
 * browsers, a failed registration) or when the manifest cannot be fetched (offline).
 */
export async function planJourneyOffline(moduleIds: readonly string[]): Promise<OfflineSavePlan | null> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !('caches' in window)) return null;
  try {
    // No worker active within a while (registration failed, or blocked by the browser): nothing could save the files.
    const active = await Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), WORKER_WAIT_MS)),
    ]);
    if (!active) return null;
    const response = await fetch(offlineManifestUrl(pageBase()));
    if (!response.ok) return null;
    const manifest = offlineManifestSchema.parse(await response.json());
    const urls = moduleIds.flatMap((id) => manifest[id]?.urls ?? []);
    const saved = new Set<string>();
    await Promise.all(urls.map(async (url) => (await isSavedOffline(url)) && saved.add(url)));
    return planOfflineSave(manifest, moduleIds, (url) => saved.has(url));
  } catch {
    return null;
  }
}

/**
 * Asks the service worker (public/sw-save-offline.js) to download `urls` into the offline cache in the
 * background; it keeps going if the learner leaves the page. Reports progress after each file and
 * resolves with the final count.
 */
export async function saveForOffline(
  urls: readonly string[],
  onProgress: (progress: OfflineSaveProgress) => void,
): Promise<OfflineSaveProgress> {
  const registration = await navigator.serviceWorker.ready;
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.onmessage = ({ data }: MessageEvent<OfflineSaveProgress & { type: string }>) => {
      const progress = { done: data.done, total: data.total, failed: data.failed };
      onProgress(progress);
      if (data.type === 'offline.done') {
        port1.close();
        resolve(progress);
      }
    };
    registration.active!.postMessage({ type: 'offline.save', cache: OFFLINE_CACHE, urls }, [port2]);
  });
}
