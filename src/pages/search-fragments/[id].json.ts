import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/curriculum';
import { getSearchFragments } from '../../data/search';

export const getStaticPaths: GetStaticPaths = async () => {
  const { curriculum } = await getCatalog();
  return curriculum.modules.map((m) => ({ params: { id: m.id } }));
};

/** One module's text by section: fetched only when the module is among the results on screen, for its passage. */
export const GET: APIRoute = async ({ params }) => {
  const fragment = (await getSearchFragments()).get(params.id!)!;
  return new Response(JSON.stringify(fragment), { headers: { 'Content-Type': 'application/json' } });
};
