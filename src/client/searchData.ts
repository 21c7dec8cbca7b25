import { createSearcher, type Searcher } from '../lib/search/createSearcher';
import type { SearchFragment, SearchIndexFile } from '../lib/search/searchRecord';
import { pageBase } from './pageBase';

let searcher: Promise<Searcher> | undefined;
/** Why search could not start: offline with no saved index, or the index failed to load. The page says it in its language. */
export class SearchUnavailable extends Error {
  constructor(readonly reason: 'offline' | 'failed') {
    super(`search index: ${reason}`);
  }
}

const fragments = new Map<string, Promise<SearchFragment | undefined>>();

/**
 * The site's search, loaded once per page on first use: lunr and the index arrive only when a
 * learner starts searching; the index of the page's locale, stemmed in its language. A failed load
 * can be retried by calling again.
 */
export function loadSearcher(): Promise<Searcher> {
  searcher ??= fetch(`${pageBase()}search-index.json`)
    .catch(() => {
      // Offline, and the index was never saved on this device (a large curriculum's is not precached).
      throw new SearchUnavailable('offline');
    })
    .then((response) => {
      if (!response.ok) throw new SearchUnavailable('failed');
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(createSearcher)
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
