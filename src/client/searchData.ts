import { createSearcher, type Searcher } from '../lib/search/createSearcher';
import type { SearchFragment, SearchManifest } from '../lib/search/searchRecord';
import { pageBase } from './pageBase';

let searcher: Promise<Searcher> | undefined;
/** Why search could not start: offline with no saved index, or the index failed to load. The page says it in its language. */
export class SearchUnavailable extends Error {
  constructor(readonly reason: 'offline' | 'failed') {
    super(`search index: ${reason}`);
  }
}

const fragments = new Map<string, Promise<SearchFragment | undefined>>();

/** Fetches a search file of this page's locale as JSON; rejects when it cannot be had (offline and never saved). */
async function searchFile<T>(path: string): Promise<T> {
  const response = await fetch(`${pageBase()}${path}`);
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

/**
 * The site's search, loaded once per page on first use: lunr and the small manifest arrive only when
 * a learner starts searching, in the page's locale and its language; each query then fetches the
 * index shards of its words and the records of its results (the service worker keeps them for
 * offline use). A failed load can be retried by calling again.
 */
export function loadSearcher(): Promise<Searcher> {
  searcher ??= fetch(`${pageBase()}search-index.json`)
    .catch(() => {
      // Offline, and the manifest was never saved on this device.
      throw new SearchUnavailable('offline');
    })
    .then((response) => {
      if (!response.ok) throw new SearchUnavailable('failed');
      return response.json() as Promise<SearchManifest>;
    })
    .then((manifest) =>
      createSearcher(manifest, {
        shard: (file) => searchFile(`search-shards/${file}.json`),
        records: (file) => searchFile(`search-records/${file}.json`),
      }),
    )
    .catch((error: unknown) => {
      searcher = undefined;
      throw error;
    });
  return searcher;
}

/** One module's text sections for its passage; undefined when it cannot be fetched (no passage is shown). */
export function loadFragment(id: string): Promise<SearchFragment | undefined> {
  let fragment = fragments.get(id);
  if (!fragment) {
    fragment = fetch(`/search-fragments/${encodeURIComponent(id)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<SearchFragment>) : undefined))
      .catch(() => undefined);
    fragments.set(id, fragment);
  }
  return fragment;
}
