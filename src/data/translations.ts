import { sha256Digest } from '../authoring/sha256Digest';
import { type Catalog, createCatalog } from '../lib/curriculum/createCatalog';
import type { CompetencyEntry, ModuleEntry, PathEntry } from '../lib/curriculum/curriculum';
import {
  type AssessmentTranslationGaps,
  assessmentTranslationGaps,
} from '../lib/translation/assessmentTranslationGaps';
import { curriculumInLocale } from '../lib/translation/curriculumInLocale';
import { localesOf } from '../lib/translation/localesOf';
import { localizeCompetency, localizeModule, localizePath } from '../lib/translation/localizeEntry';
import { type TranslationState, translationStates } from '../lib/translation/translationStates';
import { getCatalog } from './curriculum';
import type { ModuleSource } from './moduleBody';

const cache = new WeakMap<Catalog, TranslationState[]>();
const stateIndexes = new WeakMap<TranslationState[], Map<string, TranslationState>>();

/** The state of entry `id` of `kind` in `locale`, looked up (pages ask once each: a scan made the build quadratic). */
function stateOf(states: TranslationState[], kind: TranslationState['kind'], id: string, locale: string) {
  let index = stateIndexes.get(states);
  if (!index) {
    index = new Map();
    // The first state of a key wins, as `find` would have it.
    for (const s of states) {
      const key = `${s.kind}/${s.id}/${s.locale}`;
      if (!index.has(key)) index.set(key, s);
    }
    stateIndexes.set(states, index);
  }
  return index.get(`${kind}/${id}/${locale}`);
}

/** Every entry's translation state in every declared locale but the source's, computed once per catalog. */
export async function getTranslationStates(): Promise<{
  catalog: Catalog;
  locales: string[];
  states: TranslationState[];
}> {
  const catalog = await getCatalog();
  let states = cache.get(catalog);
  if (!states) {
    states = translationStates(catalog.curriculum, sha256Digest);
    cache.set(catalog, states);
  }
  return { catalog, locales: localesOf(catalog.curriculum), states };
}

/** A module as a learner reading in one locale gets it, and what the page should say about it. */
export interface ModuleInLocale {
  /** The module's data in the locale: the translation's words over the source's structure, or the source. */
  module: ModuleEntry;
  /** The file whose body to render (`renderModuleBody`): the translation's, or the source's when there is none. */
  entry: ModuleSource;
  /** current: a translation of the source as it is; stale: of an older source; missing: the original is shown. */
  status: TranslationState['status'] | 'source';
  /** The module's page in the original, for the notice's link. */
  sourceHref: string;
}

/**
 * Module `id` for a learner reading in `locale`: its translation when there is one (even a stale
 * one, with the notice saying so), else the original with status `missing`. The locale the content
 * is written in gets the original with status `source`.
 */
export async function moduleInLocale(id: string, locale: string): Promise<ModuleInLocale> {
  const { catalog, locales, states } = await getTranslationStates();
  const source = catalog.moduleById.get(id);
  if (!source) throw new Error(`No module "${id}" in the curriculum.`);
  if (!locales.includes(locale))
    throw new Error(`"${locale}" is not a locale of content/site.yaml (${locales.join(', ')}).`);
  const sourceHref = `/modules/${id}/`;
  const state = stateOf(states, 'modules', id, locale);
  if (locale === locales[0] || !state) return { module: source, entry: source, status: 'source', sourceHref };
  if (state.status === 'missing' || state.translation?.kind !== 'modules')
    return { module: source, entry: source, status: 'missing', sourceHref };
  return {
    module: localizeModule(source, state.translation),
    entry: state.translation,
    status: state.status,
    sourceHref,
  };
}

/** What a learner reading in `locale` gets of a competency or path: its words in that locale where translated, with the status. */
async function entryInLocale<K extends 'competencies' | 'paths'>(kind: K, id: string, locale: string) {
  const { catalog, states } = await getTranslationStates();
  const source = catalog.curriculum[kind].find((e) => e.id === id);
  if (!source) throw new Error(`No ${kind} entry "${id}" in the curriculum.`);
  const state = stateOf(states, kind, id, locale);
  const translation = state?.translation;
  type Entry = (typeof catalog.curriculum)[K][number];
  if (!state || !translation || translation.kind !== kind)
    return { entry: source as Entry, status: state?.status ?? 'source' };
  const entry =
    translation.kind === 'competencies'
      ? localizeCompetency(source as CompetencyEntry, translation)
      : localizePath(source as PathEntry, translation as Extract<typeof translation, { kind: 'paths' }>);
  return { entry: entry as Entry, status: state.status };
}

/** Competency `id` for a learner reading in `locale`: `{ entry, status }` as `moduleInLocale` decides it. */
export const competencyInLocale = (id: string, locale: string) => entryInLocale('competencies', id, locale);

/** Path `id` for a learner reading in `locale`: `{ entry, status }` as `moduleInLocale` decides it. */
export const pathInLocale = (id: string, locale: string) => entryInLocale('paths', id, locale);

const localized = new WeakMap<Catalog, Map<string, Catalog>>();

/**
 * The catalog a page in `locale` (its `Astro.currentLocale`) reads: modules, competencies, paths,
 * the scale's levels, the regions and the self-assessment items in that language where translated
 * (even stale, as for modules; `curriculumInLocale`), everything else the source's; the source
 * catalog itself in the default locale.
 */
export async function catalogInLocale(locale: string | undefined): Promise<Catalog> {
  const { catalog, locales, states } = await getTranslationStates();
  if (!locale || locale === locales[0] || !locales.includes(locale)) return catalog;
  const byLocale = localized.get(catalog) ?? new Map<string, Catalog>();
  localized.set(catalog, byLocale);
  const hit = byLocale.get(locale);
  if (hit) return hit;
  const inLocale = createCatalog(curriculumInLocale(catalog.curriculum, states, locale));
  byLocale.set(locale, inLocale);
  return inLocale;
}

/** What the self-assessment page in `locale` says of its translation: `assessmentTranslationGaps`, and the source's locale. */
export async function assessmentTranslationState(
  locale: string | undefined,
): Promise<AssessmentTranslationGaps & { sourceLocale: string }> {
  const { catalog, locales, states } = await getTranslationStates();
  const sourceLocale = locales[0]!;
  if (!locale || locale === sourceLocale || !locales.includes(locale))
    return { sourceLocale, original: new Set(), stale: false };
  return { sourceLocale, ...assessmentTranslationGaps(catalog.curriculum, states, locale) };
}
