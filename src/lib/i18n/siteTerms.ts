import type { Site } from '../site/siteSchema';

/**
 * The site's own words as message parameters: `{site}`, `{model}`, `{models}`, `{region}`,
 * `{regions}`, `{archetype}`, `{archetypes}`, `{leads}`, each also capitalised (`{Model}`) for the
 * start of a sentence or a label.
 */
export function siteTerms(site: Site, locale: string): Record<string, string> {
  const { model, region, archetype, leads } = site.terms;
  const words: Record<string, string> = {
    site: site.name,
    model: model?.one ?? '',
    models: model?.other ?? '',
    region: region.one,
    regions: region.other,
    archetype: archetype?.one ?? '',
    archetypes: archetype?.other ?? '',
    leads,
  };
  const capitalised = Object.entries(words).map(([key, word]) => [
    key.charAt(0).toUpperCase() + key.slice(1),
    word.charAt(0).toLocaleUpperCase(locale) + word.slice(1),
  ]);
  return { ...words, ...Object.fromEntries(capitalised) };
}
