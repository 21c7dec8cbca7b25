import type { APIRoute } from 'astro';
import { getSearch } from '../../data/search';
import { getSite, localeStaticPaths } from '../../data/site';

export const getStaticPaths = () => localeStaticPaths();

/**
 * The search manifest of one locale, stemmed in its language: fetched the first time a learner
 * focuses a search box (and precached for offline use); it names the shards and record blocks.
 */
export const GET: APIRoute = async ({ params }) => {
  const { lang } = await getSite(params.locale);
  return new Response(JSON.stringify((await getSearch(lang)).manifest), {
    headers: { 'Content-Type': 'application/json' },
  });
};
