import { describe, expect, it } from 'vitest';
import { testSite } from '../site/testSite';
import { fillTerms } from './fillTerms';
import { siteTerms } from './siteTerms';

describe('siteTerms', () => {
  it('gives the site’s words, singular, plural and capitalised', () => {
    const terms = siteTerms(testSite(), 'en-GB');

    expect(terms).toMatchObject({
      site: 'Cohesion',
      model: 'engagement model',
      Regions: 'Regions',
      leads: 'COE leads',
    });
  });

  it('leaves the model empty when the site has none', () => {
    const site = testSite();
    delete site.terms.model;

    expect(siteTerms(site, 'en-GB').model).toBe('');
  });
});

describe('fillTerms', () => {
  it('writes the site’s words into every plural form and keeps the island’s own placeholders', () => {
    const message = { one: '{count} {region} note', other: '{count} {region} notes' };

    expect(fillTerms('en-GB', message, { region: 'squad' })).toEqual({
      one: '{count} squad note',
      other: '{count} squad notes',
    });
  });
});
