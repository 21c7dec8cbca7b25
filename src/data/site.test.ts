import { describe, expect, it } from 'vitest';
import { getLocales, getSite } from './site';

describe('getSite', () => {
  it('gives every page of a build the same site data for a language: made once, not on each of the page’s calls', async () => {
    const [defaultLocale] = await getLocales();
    const first = await getSite(defaultLocale);
    expect(await getSite(defaultLocale)).toBe(first);
    // A page without a locale, or in one the site is not served in, reads the default locale's.
    expect(await getSite(undefined)).toBe(first);
    expect(await getSite('xx')).toBe(first);
  });

  it('still speaks the site’s words in its locale', async () => {
    const site = await getSite();
    expect(site.t('site.skip')).toBe('Skip to content');
    expect(site.alternates('/').map((a) => a.lang)).toEqual(await getLocales());
  });
});
