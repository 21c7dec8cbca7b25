import { SEARCHABLE_CASE_FIELDS, type SearchableCase } from '../lib/search/matchFieldCases';

/** Where the header's search finds the cached library's text: Cache Storage, readable without IndexedDB's code. */
const CACHE = 'cohesion-field-case-search';
const KEY = '/field-cases/search-copy.json';

/**
 * Keeps the text the header's search looks in (id, title and the four texts of each approved case)
 * beside the cached library, so a first search loads no database code (issue 21: focusing the
 * search box must not load the journey). Nothing is kept where Cache Storage is unavailable.
 */
export async function saveFieldCaseSearchCopy(cases: readonly SearchableCase[]): Promise<void> {
  if (typeof caches === 'undefined') return;
  const copy = cases.map((c) => Object.fromEntries(SEARCHABLE_CASE_FIELDS.map((field) => [field, c[field]])));
  const cache = await caches.open(CACHE);
  await cache.put(KEY, new Response(JSON.stringify(copy), { headers: { 'Content-Type': 'application/json' } }));
}

/** The cases the header's search looks in: the copy kept when the library was last fetched, or none (also when storage refuses). */
export async function readFieldCaseSearchCopy(): Promise<SearchableCase[]> {
  if (typeof caches === 'undefined') return [];
  try {
    const response = await (await caches.open(CACHE)).match(KEY);
    return response ? ((await response.json()) as SearchableCase[]) : [];
  } catch {
    return [];
  }
}
