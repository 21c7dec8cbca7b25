import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/curriculum';
import { badgeAchievements } from '../../lib/badges/badgeAchievements';
import { exportCase } from '../../lib/case/exportCase';
import { defaultSite } from '../../lib/site/defaultSite';

/**
 * What the sync server issues Open Badges from (/badges/achievements.json): one achievement per
 * competency and level, with its descriptor and CASE identifiers, and the issuing organisation.
 */
export const GET: APIRoute = async () => {
  const { curriculum } = await getCatalog();
  const body = badgeAchievements({
    organisation: (curriculum.site ?? defaultSite).organisation,
    competencies: curriculum.competencies,
    scale: curriculum.scale,
    ...(curriculum.framework.case ? { casePackage: exportCase(curriculum) } : {}),
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
