import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Each locale's search manifest: small, and what a search needs before any shard. */
const SEARCH_MANIFESTS = ['search-index.json', '*/search-index.json'];
/** The default locale's index shards, record blocks and passages. */
const SEARCH_FOLDERS = ['search-shards', 'search-records', 'search-fragments'];
/** Shards, records and passages are precached too while they total this little (the default curriculum's ~300 KB). */
export const SMALL_SEARCH_BYTES = 512 * 1024;

/**
 * The search files of a built site the service worker precaches (Workbox glob patterns): always the
 * manifests; the shards, record blocks and passages only while they are small. Otherwise each is
 * cached when a search first fetches it, so offline search works over what was searched before.
 */
export function searchPrecache(outDir: string): string[] {
  const bytes = SEARCH_FOLDERS.map((folder) => join(outDir, folder))
    .filter((dir) => existsSync(dir))
    .reduce((total, dir) => total + readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0), 0);
  return [...SEARCH_MANIFESTS, ...(bytes <= SMALL_SEARCH_BYTES ? SEARCH_FOLDERS.map((f) => `${f}/*.json`) : [])];
}
