import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearch } from './search';
import { getSite, localeStaticPaths } from './site';

/**
 * The pages of one kind of search file per locale, `[...locale]/search-<part>/[file].json`: a path for every
 * file of the locale's built search `part` (index shards or record blocks), each answered with that file's JSON.
 */
export function searchFileRoute(part: 'records' | 'shards'): { paths: GetStaticPaths; file: APIRoute } {
  return {
    paths: async () =>
      (
        await Promise.all(
          (
            await localeStaticPaths()
          ).map(async (path) => {
            const { lang } = await getSite(path.params.locale);
            return [...(await getSearch(lang))[part].keys()].map((file) => ({ params: { ...path.params, file } }));
          }),
        )
      ).flat(),
    file: async ({ params }) => {
      const { lang } = await getSite(params.locale);
      return new Response(JSON.stringify((await getSearch(lang))[part].get(params.file!)), {
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
}
