import type { OfflineManifest } from './offlineManifest';

/** A download larger than this is only started when the learner asks (about 5 MB: a phone's data plan notices). */
export const LARGE_DOWNLOAD_BYTES = 5 * 1024 * 1024;

/** What saving a set of modules for offline use still has to fetch. */
export interface OfflineSavePlan {
  /** URLs not saved yet, in module order, each once. */
  urls: string[];
  /** Estimated bytes of those URLs' modules. */
  bytes: number;
  /** Modules with something left to fetch. */
  modulesToSave: string[];
  /** The download is large enough to ask the learner first. */
  large: boolean;
}

/**
 * Plans saving `moduleIds` for offline use: the files of each module in the manifest that `isSaved`
 * does not already hold. A module missing from the manifest (withdrawn since the plan) is skipped.
 */
export function planOfflineSave(
  manifest: OfflineManifest,
  moduleIds: readonly string[],
  isSaved: (url: string) => boolean,
): OfflineSavePlan {
  const urls = new Set<string>();
  const modulesToSave: string[] = [];
  let bytes = 0;
  for (const id of moduleIds) {
    const module = manifest[id];
    const missing = module?.urls.filter((url) => !isSaved(url) && !urls.has(url)) ?? [];
    if (missing.length === 0) continue;
    modulesToSave.push(id);
    bytes += module!.bytes;
    for (const url of missing) urls.add(url);
  }
  return { urls: [...urls], bytes, modulesToSave, large: bytes > LARGE_DOWNLOAD_BYTES };
}
