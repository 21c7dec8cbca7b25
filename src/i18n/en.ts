import type { Message } from '../lib/i18n/formatMessage';

/** The locale the English catalogue is written for: British spelling, as the curriculum is. */
export const locale = 'en-GB';

/**
 * Every string of Cohesion's pages, components and islands, in English, keyed by message id
 * (`<page or island>.<what>`). `{name}` is filled in by the caller; the site's own words come from
 * content/site.yaml as `{site}`, `{model}`, `{region}`, `{regions}`, `{archetype}`, `{leads}`
 * (capitalised: `{Model}`…). A second locale is one more file with the same ids (`Catalogue`).
 */
export const en = {
  'site.title': '{page} · {site}',
  'site.skip': 'Skip to content',
  'site.menu': 'Menu',
  'site.nav.main': 'Main',
  'site.nav.learn': 'Learn',
  'site.nav.lead': 'For {leads}',
  'site.nav.settings': 'Settings',
  'site.nav.home': 'Home',
  'site.nav.journey': 'Your journey',
  'site.nav.modules': 'Modules',
  'site.nav.paths': 'Learning paths',
  'site.nav.competencies': 'Competencies',
  'site.nav.model': '{Model}',
  'site.nav.coverage': 'Coverage',
  'site.nav.region': 'Your {region}',
  'site.nav.data': 'Your data',
  'site.nav.sync': 'Sync',
  'site.licence': 'Licence: {licence}',
  'site.contact': 'Contact {contact}',
  'search.form': 'Site',
  'search.label': 'Search modules',
  'search.placeholder': 'Search modules  ( / )',
  'search.results': 'Search results',

  'home.continue': 'Continue your journey',
  'home.assess': 'Take the self-assessment',
  'home.browsePaths': 'Browse learning paths',
  'home.readModel': 'Read the {model}',
  'home.time':
    'The self-assessment takes {fewestMinutes} to {mostMinutes} minutes ({fewestQuestions} to {mostQuestions} questions: once your answers settle a competency’s level, it moves on). Your journey then covers only your gaps, in an order that respects prerequisites.',
  'home.size':
    'The curriculum: {competencies} competencies, {modules} modules (about {hours} hours) and {paths} learning paths. Your notes and {region} choice stay in this browser.',
  'home.paths': 'Learning paths',
  'home.places': 'Where do you work?',
  'home.choosePlace': 'Choose your {region}',

  'model.promise': 'Our promise:',
  'model.principles': 'Principles',
  'model.targets': 'What everyone learns, and to which level',
  'model.targetsIntro':
    'The {model} sets a target level in every competency for everyone. Your journey covers the gaps between where you are and these targets.',
  'model.targetsCaption': 'Default target level per competency',
  'model.competency': 'Competency',
  'model.targetLevel': 'Target level',
  'model.scale': 'The proficiency scale',

  'region.title': 'Your {region}',
  'region.intro':
    'Modules show their local notes for the {region} you choose first, and open. You can change this at any time.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have been renamed when the curriculum was updated.',
  'notFound.home': 'Go to the home page',
  'notFound.modules': 'Browse all modules',
  'notFound.paths': 'See the learning paths',

  'journey.title': 'Your journey',
  'assessment.title': 'Self-assessment',
  'searchPage.title': 'Search',
  'searchPage.description': 'Search every {site} module by word, competency, level, path and length.',
  'searchPage.noscript': 'Search needs JavaScript. You can {browse} or {start}.',
  'searchPage.browse': 'browse every module',
  'searchPage.start': 'start from a competency',
  'sync.title': 'Sync',
  'sync.description': 'Connect {site} to a sync server so your progress follows you across devices.',
  'sync.intro':
    '{site} works fully offline, in this browser. Connect it to a server and your progress — assessment, journey, completed modules — follows you to your other devices, and your {leads} see how the workforce progresses (as groups, never as individuals). Disconnecting keeps everything here.',
  'data.title': 'Your data',
  'data.intro':
    'Everything you do in {site} is recorded in this browser first — your self-assessment, your journey, every knowledge check, your reflections — so it works on a plane as well as at your desk. Nothing leaves this device unless you export it or connect a sync server.',
} satisfies Record<string, Message>;

/** The id of a message of the catalogue. */
export type MessageId = keyof typeof en;

/** A whole catalogue: one message for every id, in one locale. */
export type Catalogue = Record<MessageId, Message>;
