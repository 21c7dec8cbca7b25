import type { ContentIssue } from '../curriculum/contentIssue';
import type { Curriculum } from '../curriculum/curriculum';
import { didYouMean } from '../curriculum/suggestId';
import { checkModuleBody } from '../curriculum/validateCurriculum';
import { localesOf } from './localesOf';
import { localizeModule } from './localizeEntry';
import { type Digest, sectionLabel } from './sourceStamp';
import type { TranslationEntry } from './translationEntry';
import { translationStates } from './translationStates';

/** The command that records a translation's source as current. */
export const stampCommand = (t: Pick<TranslationEntry, 'locale' | 'id'>) =>
  `npm run translation:stamp -- ${t.locale} ${t.id}`;

/**
 * The problems of the translation overlays: an undeclared locale, an id with no source entry,
 * lists that do not match the source's, and (as warnings) every translation made from an older
 * source, naming both files and the sections of the source that changed.
 */
export function validateTranslations(curriculum: Curriculum, digest: Digest): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const [sourceLocale, ...locales] = localesOf(curriculum);
  for (const t of curriculum.translations ?? []) {
    if (!locales.includes(t.locale)) {
      issues.push({
        file: t.file,
        field: '',
        message:
          t.locale === sourceLocale
            ? `"${t.locale}" is the locale the content is written in; it has no translations.`
            : `Unknown locale "${t.locale}": content/site.yaml declares ${localesOf(curriculum).join(', ')}.${didYouMean(t.locale, locales)}`,
        hint: `Add "${t.locale}" to locales: in content/site.yaml, or move the file to content/translations/<locale>/ of a declared locale.`,
      });
      continue;
    }
    const ids = curriculum[t.kind].map((e) => e.id);
    if (!ids.includes(t.id)) {
      issues.push({
        file: t.file,
        field: '',
        message: `No ${t.kind.replace(/s$/, '')} "${t.id}" to translate.${didYouMean(t.id, ids)}`,
        hint: `Name the file after the id of a file in content/${t.kind}/.`,
      });
      continue;
    }
    issues.push(...listMismatches(curriculum, t));
    if (t.kind === 'modules') {
      // The translated body uses the source's checks, regions and components, at the translation's lines.
      const source = curriculum.modules.find((m) => m.id === t.id)!;
      const checkIds = new Set(source.checks.map((c) => c.id));
      checkModuleBody(curriculum, { ...localizeModule(source, t), file: t.file }, checkIds, (i) => issues.push(i));
    }
  }
  for (const state of translationStates(curriculum, digest)) {
    if (state.status !== 'stale' || !state.translation) continue;
    issues.push({
      file: state.translation.file,
      field: 'source.hash',
      severity: 'warning',
      message: `Stale translation: ${state.sourceFile} changed since ${state.translation.file} was made from it${
        state.changed.length ? `, in ${state.changed.map(sectionLabel).join(', ')}` : ''
      }.`,
      hint: `Bring the translation up to date with those sections, then run ${stampCommand(state.translation)}.`,
    });
  }
  return issues;
}

/** Lists a translation must give item for item as its source does: objectives, check options, assessment items' options, stage titles. */
function listMismatches(curriculum: Curriculum, t: TranslationEntry): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const count = (field: string, given: number, expected: number, what: string) => {
    if (given !== expected)
      issues.push({
        file: t.file,
        field,
        message: `${given} ${what} for the source's ${expected}.`,
        hint: `Translate each of the source's ${what}, in its order.`,
      });
  };
  if (t.kind === 'modules') {
    const source = curriculum.modules.find((m) => m.id === t.id)!;
    if (t.data.objectives) count('objectives', t.data.objectives.length, source.objectives.length, 'objectives');
    for (const [id, check] of Object.entries(t.data.checks ?? {})) {
      const original = source.checks.find((c) => c.id === id);
      if (!original)
        issues.push({
          file: t.file,
          field: `checks.${id}`,
          message: `No knowledge check "${id}" in ${source.file}.${didYouMean(
            id,
            source.checks.map((c) => c.id),
          )}`,
          hint: 'Key each translated check by the id of a check in the source module.',
        });
      else count(`checks.${id}.options`, check.options.length, original.options.length, 'options');
    }
  }
  if (t.kind === 'assessment') {
    const source = curriculum.assessment.find((b) => b.id === t.id)!;
    for (const [id, item] of Object.entries(t.data.items)) {
      const original = source.items.find((i) => i.id === id);
      if (!original)
        issues.push({
          file: t.file,
          field: `items.${id}`,
          message: `No self-assessment item "${id}" in ${source.file}.${didYouMean(
            id,
            source.items.map((i) => i.id),
          )}`,
          hint: 'Key each translated item by the id of an item in the source file.',
        });
      else count(`items.${id}.options`, item.options.length, original.options.length, 'options');
    }
  }
  if (t.kind === 'paths' && t.data.stages) {
    const source = curriculum.paths.find((p) => p.id === t.id)!;
    count('stages', t.data.stages.length, source.stages.length, 'stage titles');
  }
  return issues;
}
