/** One page of each type the site has, with a name for test titles: what axe and the CSP checks visit. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['engagement model', '/model/'],
  ['competency framework', '/competencies/'],
  ['module list', '/modules/'],
  ['module', '/modules/mapping-the-buying-centre/'],
  ['learning paths', '/paths/'],
  ['learning path', '/paths/foundations-of-the-engagement-model/'],
  ['journey', '/journey/'],
  ['self-assessment', '/assessment/'],
  ['test-out', '/modules/healthcare-archetypes/test-out/'],
  ['region', '/region/'],
  ['your data', '/data/'],
  ['sync settings', '/sync/'],
  ['search results', '/search/?q=value%20hypothesis'],
  ['search with no results', '/search/?q=zzqx'],
  ['not found', '/no-such-page/'],
] as const;
