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
        return [...(await getSearch(lang)).records.keys()].map((file) => ({ params: { ...path.params, file } }));
      }),
    )
  ).flat();

/** One block of a locale's search records: fetched when one of its modules is among the results shown. */
export const GET: APIRoute = async ({ params }) => {
  const { lang } = await getSite(params.locale);
  return new Response(JSON.stringify((await getSearch(lang)).records.get(params.file!)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
