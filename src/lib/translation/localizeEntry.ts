import type { AssessmentBankEntry, CompetencyEntry, ModuleEntry, PathEntry } from '../curriculum/curriculum';
import type { Region } from '../curriculum/regionSchema';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import type { TranslationEntry } from './translationEntry';

type Overlay<K extends TranslationEntry['kind']> = Extract<TranslationEntry, { kind: K }>;

/**
 * A module as a learner reading in the translation's locale sees it: the translation's title,
 * summary, objectives, tags, checks' wording and body over the source's structure (competencies,
 * levels, duration, prerequisites, which option is correct). What the translation leaves out stays
 * the source's; `file` stays the source's, so links and progress are the same in every locale.
 */
export function localizeModule(module: ModuleEntry, translation: Overlay<'modules'>): ModuleEntry {
  const { title, summary, objectives, tags, checks } = translation.data;
  return {
    ...module,
    title,
    summary,
    objectives: objectives ?? module.objectives,
    tags: tags ?? module.tags,
    checks: module.checks.map((check) => {
      const wording = checks?.[check.id];
      if (!wording) return check;
      return {
        ...check,
        question: wording.question,
        options: check.options.map((option, i) => ({
          ...option,
          text: wording.options[i]?.text ?? option.text,
          explanation: wording.options[i]?.explanation ?? option.explanation,
        })),
      };
    }),
    body: translation.body,
    bodyStartLine: translation.bodyStartLine,
  };
}

/** A competency in the translation's locale: its name, description and level descriptors, where translated. */
export function localizeCompetency(competency: CompetencyEntry, translation: Overlay<'competencies'>): CompetencyEntry {
  const { name, description, levels } = translation.data;
  return { ...competency, name, description, levels: { ...competency.levels, ...levels } };
}

/** A path in the translation's locale: its title, summary and stage titles, where translated. */
export function localizePath(path: PathEntry, translation: Overlay<'paths'>): PathEntry {
  const { title, summary, stages } = translation.data;
  return { ...path, title, summary, stages: path.stages.map((s, i) => ({ ...s, title: stages?.[i] ?? s.title })) };
}

/** A level of the scale in the translation's locale: its name and descriptor; its id and number stay the source's. */
export function localizeScaleLevel(level: ScaleLevel, translation: Overlay<'scale'>): ScaleLevel {
  const { name, descriptor } = translation.data;
  return { ...level, name, descriptor };
}

/** A region in the translation's locale: its name and summary; its id and kind stay the source's. */
export function localizeRegion(region: Region, translation: Overlay<'regions'>): Region {
  const { name, summary } = translation.data;
  return { ...region, name, summary };
}

/**
 * A competency's self-assessment items in the translation's locale: each translated item's prompt and
 * options' texts; the options' levels, and every item the translation leaves out, stay the source's.
 */
export function localizeAssessmentBank(
  bank: AssessmentBankEntry,
  translation: Overlay<'assessment'>,
): AssessmentBankEntry {
  return {
    ...bank,
    items: bank.items.map((item) => {
      const wording = translation.data.items[item.id];
      if (!wording) return item;
      return {
        ...item,
        prompt: wording.prompt,
        options: item.options.map((option, i) => ({ ...option, text: wording.options[i] ?? option.text })),
      };
    }),
  };
}
