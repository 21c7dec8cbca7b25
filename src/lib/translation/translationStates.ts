import type { Curriculum } from '../curriculum/curriculum';
import { localesOf } from './localesOf';
import { changedSections, type Digest, sourceSections, sourceStamp } from './sourceStamp';
import { TRANSLATABLE_KINDS, type TranslatableKind, type TranslationEntry } from './translationEntry';

/** Whether a learner reading in a locale gets a translation made from the current source, an older one, or the original. */
export type TranslationStatus = 'current' | 'stale' | 'missing';

/** The state of one entry in one locale: its status, and for a stale translation what the source changed. */
export interface TranslationState {
  kind: TranslatableKind;
  id: string;
  locale: string;
  status: TranslationStatus;
  /** The source file, e.g. content/modules/x.mdx. */
  sourceFile: string;
  translation?: TranslationEntry;
  /** How an author names each section that changed since the translation was made (empty unless stale). */
  changed: string[];
}

/**
 * For every declared locale but the source's and every module, competency and path: is it
 * translated, and was the translation made from the source as it is now? Overlays in undeclared
 * locales or for unknown ids are left out (`validateTranslations` reports them).
 */
export function translationStates(curriculum: Curriculum, digest: Digest): TranslationState[] {
  const overlays = new Map((curriculum.translations ?? []).map((t) => [`${t.locale}/${t.kind}/${t.id}`, t]));
  return localesOf(curriculum)
    .slice(1)
    .flatMap((locale) =>
      TRANSLATABLE_KINDS.flatMap((kind) =>
        curriculum[kind].map((entry): TranslationState => {
          const translation = overlays.get(`${locale}/${kind}/${entry.id}`);
          const base = { kind, id: entry.id, locale, sourceFile: entry.file, translation };
          if (!translation) return { ...base, status: 'missing', changed: [] };
          const sections = sourceSections(kind, entry);
          const current = sourceStamp(sections, digest);
          if (translation.data.source.hash === current.hash) return { ...base, status: 'current', changed: [] };
          const labels = new Map(sections.map((s) => [s.key, s.label]));
          const keys = changedSections(translation.data.source, current);
          const changed = keys.map((key) => labels.get(key) ?? `"${key}" (now removed)`);
          return { ...base, status: 'stale', changed: changed.length ? changed : ['the source as a whole'] };
        }),
      ),
    );
}
