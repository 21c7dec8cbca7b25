import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/curriculum';
import { getSite, localeStaticPaths } from '../../data/site';
import { buildSearchIndex } from '../../lib/search/buildSearchIndex';

export const getStaticPaths = () => localeStaticPaths();

/**
 * The search index of one locale, stemmed in its language, fetched the first time a learner
 * focuses a search box (and precached for offline use).
 */
export const GET: APIRoute = async ({ params }) => {
  const { curriculum } = await getCatalog();
  const { lang } = await getSite(params.locale);
  return new Response(JSON.stringify(buildSearchIndex(curriculum, undefined, lang)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
