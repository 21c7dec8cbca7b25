import { createHash } from 'node:crypto';
import type { Catalog } from '../lib/curriculum/createCatalog';
import { type BuiltSearch, buildSearchIndex } from '../lib/search/buildSearchIndex';
import type { SearchLanguage } from '../lib/search/searchLanguage';
import { getCatalog } from './curriculum';

const built = new WeakMap<Catalog, Map<SearchLanguage, BuiltSearch>>();

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
    search = buildSearchIndex(catalog.curriculum, undefined, language, (_, __, json) =>
      createHash('sha256').update(json).digest('hex').slice(0, 16),
    );
    byLanguage.set(language, search);
  }
  return search;
}
