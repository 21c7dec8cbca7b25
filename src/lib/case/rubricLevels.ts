import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import type { CaseImportIssue } from './caseImportIssue';
import type { CasePackage, CfRubricCriterion, CfRubricCriterionLevel } from './casePackageSchema';
import { identifierKey, type PlacedItem } from './frameworkTree';

/** A competency being imported: its item and the id it will have. */
export interface ImportedItem extends PlacedItem {
  id: string;
}

/**
 * Each competency's level descriptors, read from the rubric criterion whose CFItemURI is the
 * competency: one descriptor per criterion level, keyed by its score. Keyed by the item's identifier
 * in lower case; `mapped` holds the criterion levels that gave a descriptor. Warns about
 * competencies without a criterion, criteria and levels that give none (importCase keeps them under
 * case.rubrics), and differences from the proficiency scale; the content check then asks for what
 * is missing.
 */
export function rubricLevels(
  pkg: CasePackage,
  competencies: readonly ImportedItem[],
  scale: readonly ScaleLevel[],
): { levels: Map<string, Record<string, string>>; mapped: Set<CfRubricCriterionLevel>; issues: CaseImportIssue[] } {
  const issues: CaseImportIssue[] = [];
  const levels = new Map<string, Record<string, string>>();
  const mapped = new Set<CfRubricCriterionLevel>();
  const wanted = new Set(competencies.map((c) => identifierKey(c.item.identifier)));
  const criteria = new Map<string, CfRubricCriterion[]>();
  const unused: string[] = [];
  for (const criterion of (pkg.CFRubrics ?? []).flatMap((r) => r.CFRubricCriteria ?? [])) {
    const key = criterion.CFItemURI && identifierKey(criterion.CFItemURI.identifier);
    if (!key || !wanted.has(key)) unused.push(criterion.category ?? criterion.CFItemURI?.title ?? criterion.identifier);
    else criteria.set(key, [...(criteria.get(key) ?? []), criterion]);
  }
  if (unused.length > 0) {
    const n = unused.length;
    issues.push({
      severity: 'warning',
      where: 'CFRubrics',
      message: `${n} rubric criteri${n > 1 ? 'a assess' : 'on assesses'} no competency of this framework (${unused
        .slice(0, 5)
        .map((name) => `"${name}"`)
        .join(
          ', ',
        )}${n > 5 ? ' …' : ''}); ${n > 1 ? 'they are' : 'it is'} kept under case.rubrics in framework.yaml and exported unchanged.`,
      hint: 'Nothing to do unless they belong to a competency: then link them to it with CFItemURI.',
    });
  }

  const scaleLevels = [...scale].sort((a, b) => a.level - b.level);
  const renamed = new Map<number, Set<string>>();
  const undescribed: string[] = [];
  for (const { item, where, id } of competencies) {
    const file = `competencies/${id}.yaml`;
    const found = criteria.get(identifierKey(item.identifier)) ?? [];
    const descriptors: Record<string, string> = {};
    levels.set(identifierKey(item.identifier), descriptors);
    if (found.length === 0) {
      undescribed.push(id);
      continue;
    }
    if (found.length > 1)
      issues.push({
        severity: 'warning',
        where,
        message: `${found.length} rubric criteria assess this competency; the first one's levels were imported.`,
        hint: `Compare the levels in ${file} with the other criteria.`,
      });
    for (const level of found[0]!.CFRubricCriterionLevels ?? []) {
      const name = level.quality ? `"${level.quality}"` : `at position ${level.position ?? '?'}`;
      if (level.score === undefined || !Number.isInteger(level.score) || level.score < 1 || level.score > 9) {
        issues.push({
          severity: 'warning',
          where,
          message: `The criterion level ${name} has ${level.score === undefined ? 'no score' : `score ${level.score}`}; only whole scores from 1 to 9 can be levels, so it is kept under case.rubrics and exported unchanged.`,
          hint: `If it describes a level of the scale, add its text under levels: in ${file}.`,
        });
      } else if (!level.description?.trim()) {
        issues.push({
          severity: 'warning',
          where,
          message: `Level ${level.score} (${name}) has no description, so it gives no descriptor.`,
          hint: `Write the descriptor for level ${level.score} under levels: in ${file}.`,
        });
      } else if (descriptors[String(level.score)] !== undefined) {
        issues.push({
          severity: 'warning',
          where,
          message: `Two criterion levels have score ${level.score}; the first was imported.`,
          hint: `Check the descriptor for level ${level.score} in ${file}.`,
        });
      } else {
        descriptors[String(level.score)] = level.description.trim();
        mapped.add(level);
        const onScale = scaleLevels.find((l) => l.level === level.score);
        if (onScale && level.quality && level.quality !== onScale.name)
          renamed.set(level.score, (renamed.get(level.score) ?? new Set()).add(level.quality));
      }
    }
    const missing = scaleLevels.filter((l) => descriptors[String(l.level)] === undefined);
    if (missing.length > 0) {
      issues.push({
        severity: 'warning',
        where,
        message: `The rubric gives no descriptor for level${missing.length > 1 ? 's' : ''} ${missing.map((l) => `${l.level} (${l.name})`).join(', ')}.`,
        hint: `Write ${missing.length > 1 ? 'them' : 'it'} under levels: in ${file}.`,
      });
    }
    const extra = Object.keys(descriptors).filter((score) => !scaleLevels.some((l) => String(l.level) === score));
    if (extra.length > 0) {
      issues.push({
        severity: 'warning',
        where,
        message: `Level${extra.length > 1 ? 's' : ''} ${extra.join(', ')} ${extra.length > 1 ? 'are' : 'is'} not on the proficiency scale (content/scale.yaml has ${scaleLevels.map((l) => l.level).join(', ')}).`,
        hint: `Add the level to content/scale.yaml, or merge its descriptor into a level of the scale in ${file}.`,
      });
    }
  }
  for (const [level, names] of renamed) {
    const ours = scaleLevels.find((l) => l.level === level)!.name;
    issues.push({
      severity: 'warning',
      where: 'CFRubrics',
      message: `The framework calls level ${level} ${[...names].map((n) => `"${n}"`).join(' or ')}; content/scale.yaml calls it "${ours}".`,
      hint: "The scale is not imported: rename the level in content/scale.yaml if the framework's name should win.",
    });
  }
  if (undescribed.length > 0)
    issues.push({
      severity: 'warning',
      where: 'CFRubrics',
      message: `No rubric criterion assesses ${undescribed.length === 1 ? `the competency ${undescribed[0]}` : `${undescribed.length} competencies (${undescribed.slice(0, 5).join(', ')}${undescribed.length > 5 ? ' …' : ''})`}, so ${undescribed.length === 1 ? 'it was' : 'they were'} imported without level descriptors.`,
      hint: 'Write one descriptor per level under levels: in their files; the content check lists them as TODO.',
    });
  return { levels, mapped, issues };
}
