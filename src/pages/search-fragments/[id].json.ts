import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/curriculum';
import { extractModuleText } from '../../lib/search/extractModuleText';
import type { SearchFragment } from '../../lib/search/searchRecord';

export const getStaticPaths: GetStaticPaths = async () => {
  const { curriculum } = await getCatalog();
  return curriculum.modules.map((m) => ({ params: { id: m.id } }));
};

/** One module's text by section: fetched only when the module is among the results on screen, for its passage. */
export const GET: APIRoute = async ({ params }) => {
  const { moduleById } = await getCatalog();
  const module = moduleById.get(params.id!)!;
  const fragment: SearchFragment = {
    id: module.id,
    sections: extractModuleText(module.body).map((s) => ({ h: s.heading, a: s.anchor, x: s.text })),
  };
  return new Response(JSON.stringify(fragment), { headers: { 'Content-Type': 'application/json' } });
};
