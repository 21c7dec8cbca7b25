import { defaultSite } from './defaultSite';
import type { Site } from './siteSchema';

/** A valid site file for the tests, with the words of the default curriculum. */
export function testSite(): Site & { file: string } {
  return {
    ...defaultSite,
    file: 'content/site.yaml',
    organisation: 'Example Pharma',
    tagline: 'One shared engagement model for every customer-facing person.',
    home: { heading: 'One way of engaging our accounts', intro: 'Everyone learns the same engagement model.' },
    terms: {
      ...defaultSite.terms,
      model: { one: 'engagement model', other: 'engagement models' },
      archetype: { one: 'healthcare archetype', other: 'healthcare archetypes' },
      leads: 'COE leads',
    },
    footer: 'Your notes stay in this browser.',
    brand: { ...defaultSite.brand },
    navigation: ['home', 'journey', 'modules', 'model'],
  };
}
