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
  'coverage.title': 'Curriculum coverage',
  'coverage.description':
    'Which competencies the curriculum develops to which level, where the gaps and single points of failure are, and how healthy the content is.',
  'coverage.intro':
    'What the curriculum really teaches: for each competency and level, how many modules develop it, measured against its target levels. Select a cell to see the modules, or what to do about a gap.',
  'coverage.figures': 'In figures',
  'coverage.heatmap': 'Competencies by level',
  'coverage.heatmapCaption': {
    one: 'Modules developing the one competency to each level',
    other: 'Modules developing each of {count} competencies to each level',
  },
  'coverage.table': 'The matrix as a table',
  'coverage.tableCaption': 'Modules per competency and level, with hours of learning per competency',
  'coverage.hoursNote':
    'Hours add up the modules that develop a competency at any level; a module that develops two competencies counts for both.',
  'coverage.more': 'More views',
  'coverage.morePaths': '{link}: what each path develops, against what it promises.',
  'coverage.moreRegions': '{link}: which competencies have local notes for each {region}.',
  'coverage.moreHealth': '{link}: the files to fix, and the thresholds of {file}.',
  'coverage.nav': 'Coverage views',
  'coverage.nav.overview': 'Overview',
  'coverage.nav.paths': 'By learning path',
  'coverage.nav.regions': 'By {region}',
  'coverage.nav.health': 'Content health',
  'coverage.nav.workforce': 'Workforce',
  'coverageRegions.title': 'Coverage by {region}',
  'coverageRegions.description': 'Which competencies have local notes for each {region}.',
  'coverageRegions.intro':
    'Modules carry local notes for each {region}. For each competency, how many of the modules that develop it have a note for the {region}.',
  'coverageRegions.caption': 'Modules with a local note, out of the modules developing each competency',
  'coverageRegions.competency': 'Competency',
  'coverageRegions.cell': '{count} of {total}',
  'coverageRegions.none': 'none',
  'coverageRegions.modules': {
    one: '{count} module has a local note for it.',
    other: '{count} modules have a local note for it.',
  },
  'coverageRegions.allCovered': 'Every competency has at least one.',
  'coverageRegions.uncovered': {
    one: 'No local note yet for {count} competency: {names}.',
    other: 'No local note yet for {count} competencies: {names}.',
  },
  'workforce.title': 'Workforce coverage',
  'workforce.description':
    'How many learners are at each level of each competency, how that moves week by week, and how far they get through their journeys.',
  'workforce.intro':
    "Where the curriculum meets the workforce: how many synced learners stand at each level of each competency (the higher of their self-assessment and the modules they completed or tested out of), how that moved week by week, and how far they got from the assessment to a completed journey. The figures come from {site}'s server and are for {leads}.",
  'heatmap.scroll': 'Heatmap, scrolls sideways on a narrow screen',
  'heatmap.level': 'Level {level}',
  'heatmap.legend': 'Legend',
  'heatmap.modules': { one: '{count} module: thin (dashed), a single point of failure', other: '{count} modules' },
  'heatmap.manyModules': '{count} or more modules',
  'heatmap.gapTarget': 'GAP: no module at or below the target (cross-hatched)',
  'heatmap.gapAbove': 'gap: no module above the target (hatched)',
  'heatmap.targetLine': 'Thick line: {target}, after its level',
  'heatmap.target': 'the target level',
  'dataPanel.exported': 'Exported {events} learning events and {reflections} reflections.',
  'dataPanel.imported':
    'Imported {file}: {events} new learning events, {reflections} reflections updated{region}{journey}. Exported {when}.',
  'dataPanel.importedRegion': ', {region} updated',
  'dataPanel.importedJourney': ', journey restored',
  'dataPanel.importFailed': 'The import failed and nothing was changed: {error}',
  'dataPanel.stored': 'What is stored in this browser',
  'dataPanel.caption': 'Learner data in this browser',
  'dataPanel.events': 'Learning events (xAPI statements)',
  'dataPanel.outbox': 'Events waiting to sync',
  'dataPanel.reflections': 'Reflections',
  'dataPanel.journey': 'Journey',
  'dataPanel.journeySaved': 'saved',
  'dataPanel.journeyNone': 'not started',
  'dataPanel.region': '{Region}',
  'dataPanel.storage': 'Storage used by this site',
  'dataPanel.storageOf': '{used} of {quota} available',
  'dataPanel.storageUnknown': 'not reported by this browser',
  'dataPanel.reading': 'Reading your data…',
  'dataPanel.refused': 'Learning events refused from the server',
  'dataPanel.refusedBody': {
    one: 'The sync server sent a learning event that could not be read. It is kept here, apart from your progress, which it does not change. Tell your {leads}: the server holds a damaged record.',
    other:
      'The sync server sent {count} learning events that could not be read. They are kept here, apart from your progress, which they do not change. Tell your {leads}: the server holds a damaged record.',
  },
  'dataPanel.refusedItem': 'received {when}: {reason}',
  'dataPanel.kept': 'Is it kept?',
  'dataPanel.persisted':
    "Yes: this browser keeps {site}'s data even when storage runs low. It is removed only if you clear it yourself.",
  'dataPanel.bestEffort':
    "Not guaranteed: the browser may clear {site}'s data when the device runs low on storage. Browsers grant permanent storage by their own rules (often to sites you use regularly or install), so a refusal is normal. Export your data from time to time, or install {site} as an app, to be safe.",
  'dataPanel.askKeep': 'Ask to keep my data',
  'dataPanel.unsupported':
    'This browser does not say whether it keeps site data. Export your data from time to time to be safe.',
  'dataPanel.move': 'Export and import',
  'dataPanel.moveBody':
    'Export everything as one JSON file, for a backup or to move to another device. Importing merges a file into what is here: nothing is lost or counted twice, and a file that is not a {site} export is refused without changing anything.',
  'dataPanel.export': 'Export my data',
  'dataPanel.import': 'Import a file',
  'dataPanel.file': 'Learner data file to import',
  'regionPicker.saved': 'Saved: local notes for {name} now come first.',
  'regionPicker.notSaved': 'Could not save your choice: this browser is not keeping site data.',
  'regionPicker.legend': 'Which {region} do you work in?',
  'reflections.title': 'Your reflections',
  'reflections.reading': 'Reading your reflections…',
  'reflections.none':
    'You have not written a reflection yet. Modules ask you to reflect as you read; what you write appears here, and stays in this browser.',
  'reflections.changed': 'Last changed {when}',
} satisfies Record<string, Message>;

/** The id of a message of the catalogue. */
export type MessageId = keyof typeof en;

/** A whole catalogue: one message for every id, in one locale. */
export type Catalogue = Record<MessageId, Message>;
