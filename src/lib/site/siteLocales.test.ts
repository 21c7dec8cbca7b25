import { describe, expect, it } from 'vitest';
import { siteIn } from './siteIn';
import { siteSchema } from './siteSchema';
import { testSite } from './testSite';

const { file: _file, ...site } = testSite();

describe('site.yaml locales', () => {
  it('serve the site in English alone when none are declared', () => {
    const { locales: _, ...withoutLocales } = site;
    expect(siteSchema.parse(withoutLocales).locales).toEqual(['en']);
  });

  it('keep the order written, the default first', () => {
    expect(siteSchema.parse({ ...site, locales: ['fr', 'en'] }).locales).toEqual(['fr', 'en']);
  });

  it('refuse a locale without a UI catalogue, naming the ones there are', () => {
    const result = siteSchema.safeParse({ ...site, locales: ['en', 'de'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['locales', 1]);
    expect(result.error?.issues[0]?.message).toMatch(/"en"\|"fr"|en.*fr/);
  });

  it('refuse a locale listed twice', () => {
    expect(siteSchema.safeParse({ ...site, locales: ['en', 'fr', 'en'] }).success).toBe(false);
  });
});

describe('siteIn', () => {
  it('gives the site’s words in a locale over the source’s, and keeps the rest', () => {
    const french = siteIn(
      {
        ...site,
        translations: { fr: { tagline: 'Un parcours adapté à vos lacunes.', footer: 'Vos notes restent ici.' } },
      },
      'fr',
    );
    expect(french.tagline).toBe('Un parcours adapté à vos lacunes.');
    expect(french.footer).toBe('Vos notes restent ici.');
    expect(french.name).toBe(site.name);
  });

  it('leaves the site as written in a locale it has no words for', () => {
    expect(siteIn(site, 'fr')).toEqual(site);
  });
});
