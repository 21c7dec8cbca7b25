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
  /** The sections of the source that changed since the translation was made (empty unless stale; a removed one has no heading). */
  changed: Array<{ key: string; heading: string | null; removed?: true }>;
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
          const headings = new Map(sections.map((s) => [s.key, s.heading]));
          const changed = changedSections(translation.data.source, current).map((key) =>
            headings.has(key)
              ? { key, heading: headings.get(key) ?? null }
              : { key, heading: null, removed: true as const },
          );
          return { ...base, status: 'stale', changed };
        }),
      ),
    );
}
