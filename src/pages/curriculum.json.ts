import type { APIRoute } from 'astro';
import { getCatalog } from '../data/curriculum';
import { toPlannerCurriculum } from '../lib/journey/plannerCurriculum';

/** The planner's slice of the curriculum, fetched by the learner's journey in the browser. */
export const GET: APIRoute = async () => {
  const { curriculum } = await getCatalog();
  return new Response(JSON.stringify(toPlannerCurriculum(curriculum)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
