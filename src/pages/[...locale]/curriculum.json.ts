import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/curriculum';
import { localeStaticPaths } from '../../data/site';
import { catalogInLocale } from '../../data/translations';
import { toPlannerCurriculum } from '../../lib/journey/plannerCurriculum';

export const getStaticPaths = () => localeStaticPaths();

/**
 * The planner's slice of the curriculum, fetched by the learner's journey in the browser: /curriculum.json,
 * and /<locale>/curriculum.json with the scale's and regions' names in that locale. The version is the
 * source's in every locale, so changing language never looks like a curriculum update to a saved journey.
 */
export const GET: APIRoute = async ({ params }) => {
  const { version } = toPlannerCurriculum((await getCatalog()).curriculum);
  const planner = toPlannerCurriculum((await catalogInLocale(params.locale)).curriculum);
  return new Response(JSON.stringify({ ...planner, version }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
