import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/curriculum';
import { localeStaticPaths } from '../../data/site';
import { buildSearchIndex } from '../../lib/search/buildSearchIndex';

export const getStaticPaths = () => localeStaticPaths();

/** The search index, fetched the first time a learner focuses a search box (and precached for offline use). */
export const GET: APIRoute = async () => {
  const { curriculum } = await getCatalog();
  return new Response(JSON.stringify(buildSearchIndex(curriculum)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
