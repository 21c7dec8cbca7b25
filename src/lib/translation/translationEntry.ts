import type { AssessmentTranslation } from './assessmentTranslationSchema';
import type { CompetencyTranslation } from './competencyTranslationSchema';
import type { ModuleTranslation } from './moduleTranslationSchema';
import type { PathTranslation } from './pathTranslationSchema';
import type { RegionTranslation } from './regionTranslationSchema';
import type { ScaleLevelTranslation } from './scaleLevelTranslationSchema';

/**
 * The kinds of curriculum entry that can be translated, named as their folders in content/ (the scale's
 * levels and the regions, one file per entry of scale.yaml and regions.yaml, named after its id; the
 * self-assessment items, one file per competency as in content/assessment/).
 */
export const TRANSLATABLE_KINDS = ['modules', 'competencies', 'paths', 'scale', 'regions', 'assessment'] as const;
export type TranslatableKind = (typeof TRANSLATABLE_KINDS)[number];

interface Overlay<K extends TranslatableKind, T> {
  kind: K;
  /** The locale it is written in, e.g. "fr": the folder below content/translations/. */
  locale: string;
  /** The id of the source entry it translates: its file name. */
  id: string;
  file: string;
  data: T;
}

/** One translation overlay read from `content/translations/<locale>/<kind>/<id>`; a module's carries its body. */
export type TranslationEntry =
  | (Overlay<'modules', ModuleTranslation> & { body: string; bodyStartLine: number })
  | Overlay<'competencies', CompetencyTranslation>
  | Overlay<'paths', PathTranslation>
  | Overlay<'scale', ScaleLevelTranslation>
  | Overlay<'regions', RegionTranslation>
  | Overlay<'assessment', AssessmentTranslation>;
