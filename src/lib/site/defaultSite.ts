import type { Site } from './siteSchema';

/** The neutral identity a curriculum without `content/site.yaml` gets: plain words, the default brand. */
export const defaultSite: Site = {
  name: 'Cohesion',
  organisation: 'Cohesion',
  tagline: 'A learning journey personalised to your gaps.',
  home: {
    heading: 'Learn what you need, your way',
    intro: 'Take the self-assessment and get a journey that covers only what you have not mastered yet.',
  },
  terms: {
    model: { one: 'model', other: 'models' },
    region: { one: 'region', other: 'regions' },
    archetype: { one: 'archetype', other: 'archetypes' },
    leads: 'leads',
  },
  footer: 'Your notes and choices stay in this browser.',
  brand: { colour: '#0b5c8a', strongColour: '#073f61' },
  locales: ['en'],
  navigation: ['home', 'journey', 'modules', 'paths', 'competencies', 'model', 'coverage', 'region', 'data', 'sync'],
};
