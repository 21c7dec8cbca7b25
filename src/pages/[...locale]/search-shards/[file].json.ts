import type { APIRoute } from 'astro';
import { getSearch } from '../../../data/search';
import { getSite, localeStaticPaths } from '../../../data/site';

export const getStaticPaths = async () =>
  (
    await Promise.all(
      (
        await localeStaticPaths()
      ).map(async (path) => {
        const { lang } = await getSite(path.params.locale);
        return [...(await getSearch(lang)).shards.keys()].map((file) => ({ params: { ...path.params, file } }));
      }),
    )
  ).flat();

/** One shard of a locale's search index: fetched when a query has a term that starts with its key. */
export const GET: APIRoute = async ({ params }) => {
  const { lang } = await getSite(params.locale);
  return new Response(JSON.stringify((await getSearch(lang)).shards.get(params.file!)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
