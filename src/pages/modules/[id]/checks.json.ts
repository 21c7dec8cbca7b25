import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/curriculum';
import { answerKeyOf } from '../../../lib/assessment/answerKey';

export const getStaticPaths = (async () => {
  const { curriculum } = await getCatalog();
  return curriculum.modules.map((m) => ({ params: { id: m.id }, props: { checks: m.checks } }));
}) satisfies GetStaticPaths;

/** The module's answer key, fetched when an answer is graded (precached for offline use). */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(answerKeyOf((props as { checks: Parameters<typeof answerKeyOf>[0] }).checks)), {
    headers: { 'content-type': 'application/json' },
  });
