import type { Curriculum } from '../curriculum/curriculum';
import {
  localizeAssessmentBank,
  localizeCompetency,
  localizeModule,
  localizePath,
  localizeRegion,
  localizeScaleLevel,
} from './localizeEntry';
import type { TranslatableKind, TranslationEntry } from './translationEntry';
import type { TranslationState } from './translationStates';

/**
 * The curriculum as a learner reading in `locale` gets it: every module, competency, path, level of
 * the scale, region and self-assessment bank with a translation in that locale (even a stale one)
 * in its words over the source's structure, the rest the source's; modules and competencies in the
 * locale's alphabetical order. Ids, files and everything the planner compares stay the source's.
 */
export function curriculumInLocale(
  curriculum: Curriculum,
  states: readonly TranslationState[],
  locale: string,
): Curriculum {
  const overlays = new Map<string, TranslationEntry>();
  for (const s of states) if (s.locale === locale && s.translation) overlays.set(`${s.kind}/${s.id}`, s.translation);
  const overlay = <K extends TranslatableKind>(kind: K, id: string) => {
    const t = overlays.get(`${kind}/${id}`);
    return t?.kind === kind ? (t as Extract<TranslationEntry, { kind: K }>) : undefined;
  };
  const inLocale = <K extends TranslatableKind, E extends { id: string }>(
    kind: K,
    entries: E[],
    localize: (entry: E, t: Extract<TranslationEntry, { kind: K }>) => E,
  ) =>
    entries.map((entry) => {
      const t = overlay(kind, entry.id);
      return t ? localize(entry, t) : entry;
    });
  const collator = new Intl.Collator(locale);
  return {
    ...curriculum,
    modules: inLocale('modules', curriculum.modules, localizeModule).sort((a, b) => collator.compare(a.title, b.title)),
    competencies: inLocale('competencies', curriculum.competencies, localizeCompetency).sort((a, b) =>
      collator.compare(a.name, b.name),
    ),
    paths: inLocale('paths', curriculum.paths, localizePath),
    scale: inLocale('scale', curriculum.scale, (level, t) => ({ ...level, ...localizeScaleLevel(level, t) })),
    regions: inLocale('regions', curriculum.regions, (region, t) => ({ ...region, ...localizeRegion(region, t) })),
    assessment: inLocale('assessment', curriculum.assessment, localizeAssessmentBank),
  };
}
