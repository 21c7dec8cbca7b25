import type { Site } from './siteSchema';

/** A valid site file for the tests, with the words of the default curriculum. */
export function testSite(): Site & { file: string } {
  return {
    file: 'content/site.yaml',
    name: 'Cohesion',
    organisation: 'Example Pharma',
    tagline: 'One shared engagement model for every customer-facing person.',
    home: { heading: 'One way of engaging our accounts', intro: 'Everyone learns the same engagement model.' },
    terms: {
      model: { one: 'engagement model', other: 'engagement models' },
      region: { one: 'region', other: 'regions' },
      archetype: { one: 'healthcare archetype', other: 'healthcare archetypes' },
      leads: 'COE leads',
    },
    footer: 'Your notes stay in this browser.',
    brand: { colour: '#0b5c8a', strongColour: '#073f61' },
    navigation: ['home', 'journey', 'modules', 'model'],
  };
}
