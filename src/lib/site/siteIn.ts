import type { Site, UiLocale } from './siteSchema';

/** The site as it reads in `locale`: the words site.yaml's `translations` gives for it over the source's. */
export function siteIn(site: Site, locale: UiLocale): Site {
  return { ...site, ...site.translations?.[locale] };
}
