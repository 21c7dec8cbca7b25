import { createHash } from 'node:crypto';
import type { Catalog } from '../lib/curriculum/createCatalog';
import { type BuiltSearch, buildSearchFragments, buildSearchIndex } from '../lib/search/buildSearchIndex';
import type { SearchLanguage } from '../lib/search/searchLanguage';
import type { SearchFragment } from '../lib/search/searchRecord';
import { getCatalog } from './curriculum';

const built = new WeakMap<Catalog, Map<SearchLanguage, BuiltSearch>>();
const fragmentsBuilt = new WeakMap<Catalog, Map<string, SearchFragment>>();

/**
 * Every module's text by section, by module id, extracted once per curriculum: parsing the bodies is
 * the search's largest build cost, and the index of each language and the fragment files share it.
 */
export async function getSearchFragments(): Promise<Map<string, SearchFragment>> {
  const catalog = await getCatalog();
  let fragments = fragmentsBuilt.get(catalog);
  if (!fragments) {
    fragments = new Map(buildSearchFragments(catalog.curriculum).map((f) => [f.id, f]));
    fragmentsBuilt.set(catalog, fragments);
  }
  return fragments;
}

/**
 * The site's search in `language`, built once per curriculum and language for the manifest, shard
 * and record routes. Shard and record files are named by a hash of their content, so a manifest never
 * meets a shard of another build, even from a device's cache.
 */
export async function getSearch(language: SearchLanguage): Promise<BuiltSearch> {
  const catalog = await getCatalog();
  const byLanguage = built.get(catalog) ?? new Map<SearchLanguage, BuiltSearch>();
  built.set(catalog, byLanguage);
  let search = byLanguage.get(language);
  if (!search) {
    const fragments = [...(await getSearchFragments()).values()];
    search = buildSearchIndex(catalog.curriculum, fragments, language, (_, __, json) =>
      createHash('sha256').update(json).digest('hex').slice(0, 16),
    );
    byLanguage.set(language, search);
  }
  return search;
}
