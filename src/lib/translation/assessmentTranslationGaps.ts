import type { Curriculum } from '../curriculum/curriculum';
import type { TranslationState } from './translationStates';

/** What a learner reading the self-assessment in another locale must be told about its translation. */
export interface AssessmentTranslationGaps {
  /** The items asked in the original: no translation of them into the locale. */
  original: Set<string>;
  /** Whether some translated item comes from a file made from an older source. */
  stale: boolean;
}

/** Which self-assessment items a learner reading in `locale` gets in the original, and whether any translation shown is stale. */
export function assessmentTranslationGaps(
  curriculum: Curriculum,
  states: readonly TranslationState[],
  locale: string,
): AssessmentTranslationGaps {
  const original = new Set<string>();
  let stale = false;
  for (const bank of curriculum.assessment) {
    const state = states.find((s) => s.kind === 'assessment' && s.id === bank.id && s.locale === locale);
    const translation = state?.translation?.kind === 'assessment' ? state.translation : undefined;
    for (const item of bank.items) if (!translation?.data.items[item.id]) original.add(item.id);
    if (state?.status === 'stale') stale = true;
  }
  return { original, stale };
}
