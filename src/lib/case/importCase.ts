import { COE_PILLARS, type Competency } from '../curriculum/competencySchema';
import { fieldPath } from '../curriculum/contentIssue';
import type { Framework, FrameworkArea } from '../curriculum/frameworkSchema';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import { type CaseItemKind, caseIdentifiers } from './caseIdentifiers';
import { caseIdFor } from './caseIdFor';
import type { CaseImportIssue } from './caseImportIssue';
import { casePackageSchema } from './casePackageSchema';
import { DEFAULT_URI_BASE, exportCase, PILLAR_KEYWORD_PREFIX } from './exportCase';
import { frameworkTree, identifierKey, type PlacedItem } from './frameworkTree';
import { reexportDifferences } from './reexportDifferences';
import { type ImportedItem, rubricLevels } from './rubricLevels';
import { unmappedFields } from './unmappedFields';

/** A competency as imported: the file's data and the id it is written under. */
export type ImportedCompetency = Competency & { id: string };

/** What a CASE package becomes: the framework file and the competency files, or the errors that stop it. */
export type CaseImport =
  | { ok: true; framework: Framework; competencies: ImportedCompetency[]; issues: CaseImportIssue[] }
  | { ok: false; issues: CaseImportIssue[] };

const isPillar = (value: string): value is (typeof COE_PILLARS)[number] =>
  (COE_PILLARS as readonly string[]).includes(value);

/**
 * Maps a CASE 1.0 package (parsed JSON) onto Cohesion's framework and competencies, the inverse of
 * exportCase: items under the document become areas, their children competencies, the rubric
 * criterion assessing a competency its level descriptors (keyed by score). Items and the document
 * keep their identifiers (written as caseIdentifier only where they are not the derived ones).
 * Errors — not a package, items with no area or too deep, ids that cannot be made — stop the
 * import; warnings report what was imported incompletely or left out, compared with the `scale`.
 */
export function importCase(input: unknown, scale: readonly ScaleLevel[]): CaseImport {
  const parsed = casePackageSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((problem) => ({
        severity: 'error',
        where: fieldPath(problem.path) || 'the file',
        message: `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`,
        hint: 'This is not a CASE 1.0 package Cohesion can read: export the whole framework (a CFPackage with CFDocument, CFItems, CFAssociations) from its CASE tool.',
      })),
    };
  }
  const pkg = parsed.data;
  const document = pkg.CFDocument;
  const tree = frameworkTree(pkg);
  const issues = [...tree.issues];
  const derived = caseIdentifiers(document.identifier);
  const ownIdentifier = (kind: CaseItemKind, id: string, identifier: string) =>
    identifierKey(identifier) === derived.item(kind, id) ? {} : { caseIdentifier: identifier };

  const areaItems = withIds(tree.areas, 'area', issues);
  const areaOf = new Map<string, string>();
  const competencyItems = areaItems.flatMap((area) => {
    const children = tree.competencies.get(identifierKey(area.item.identifier)) ?? [];
    for (const child of children) areaOf.set(identifierKey(child.item.identifier), area.id);
    return children;
  });
  const competencies = withIds(competencyItems, 'competency', issues);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };

  const { levels, issues: levelIssues } = rubricLevels(pkg, competencies, scale);
  issues.push(...levelIssues, ...unmappedFields(input));

  const areas = areaItems.map(({ item, id }): FrameworkArea => {
    const title = item.abbreviatedStatement ?? item.alternativeLabel ?? item.fullStatement;
    return {
      id,
      title,
      ...(item.fullStatement !== title ? { description: item.fullStatement } : {}),
      ...ownIdentifier('area', id, item.identifier),
    };
  });
  const strayKeywords = new Set<string>();
  const imported = competencies.map(({ item, where, id }): ImportedCompetency => {
    const name = item.abbreviatedStatement ?? item.alternativeLabel ?? item.fullStatement;
    if (name === item.fullStatement && name.length > 80) {
      issues.push({
        severity: 'warning',
        where,
        message: 'The competency has no short name (abbreviatedStatement), so its full statement became its name.',
        hint: `Shorten name: in competencies/${id}.yaml.`,
      });
    }
    const pillars = (item.conceptKeywords ?? []).filter(
      (k) => k.startsWith(PILLAR_KEYWORD_PREFIX) && isPillar(k.slice(PILLAR_KEYWORD_PREFIX.length)),
    );
    for (const keyword of item.conceptKeywords ?? []) if (keyword !== pillars[0]) strayKeywords.add(keyword);
    const pillar = pillars[0]?.slice(PILLAR_KEYWORD_PREFIX.length);
    return {
      id,
      name,
      area: areaOf.get(identifierKey(item.identifier))!,
      ...(pillar && isPillar(pillar) ? { pillar } : {}),
      description: item.fullStatement,
      levels: levels.get(identifierKey(item.identifier)) ?? {},
      ...ownIdentifier('competency', id, item.identifier),
    };
  });
  if (strayKeywords.size > 0) {
    issues.push({
      severity: 'warning',
      where: 'CFItems conceptKeywords',
      message: `Not imported: ${[...strayKeywords]
        .slice(0, 10)
        .map((k) => `"${k}"`)
        .join(
          ', ',
        )}${strayKeywords.size > 10 ? ` and ${strayKeywords.size - 10} more` : ''}. Only one "${PILLAR_KEYWORD_PREFIX}<pillar>" keyword per competency is kept, as its COE pillar.`,
      hint: `Set pillar: (${COE_PILLARS.join(', ')}) in the competency files where one fits.`,
    });
  }

  const uriBase = document.uri.toLowerCase().endsWith(identifierKey(document.identifier))
    ? document.uri.slice(0, document.uri.length - document.identifier.length)
    : undefined;
  if (document.description === undefined) {
    issues.push({
      severity: 'warning',
      where: 'CFDocument',
      message: 'The document has no description.',
      hint: 'Write one under description: in framework.yaml.',
    });
  }
  const framework: Framework = {
    name: document.title,
    description: document.description ?? '',
    areas,
    case: {
      identifier: document.identifier,
      ...(uriBase && uriBase !== DEFAULT_URI_BASE ? { uriBase } : {}),
      creator: document.creator,
      ...(document.publisher ? { publisher: document.publisher } : {}),
      ...(document.version ? { version: document.version } : {}),
      ...(document.language ? { language: document.language } : {}),
      ...(document.adoptionStatus ? { adoptionStatus: document.adoptionStatus } : {}),
      lastChangeDateTime: document.lastChangeDateTime,
    },
  };

  const again = exportCase({ framework: { ...framework, file: 'framework.yaml' }, competencies: imported, scale });
  issues.push(...reexportDifferences(pkg, again, tree));
  return { ok: true, framework, competencies: imported, issues };
}

/** Gives each item its id; errors when none can be made or two items would share one. */
function withIds(placed: readonly PlacedItem[], kind: CaseItemKind, issues: CaseImportIssue[]): ImportedItem[] {
  const taken = new Map<string, string>();
  const file = (id: string) => (kind === 'area' ? 'framework.yaml (areas:)' : `competencies/${id}.yaml`);
  return placed.flatMap((entry) => {
    const made = caseIdFor(entry.item);
    if (!made) {
      issues.push({
        severity: 'error',
        where: entry.where,
        message: `No ${kind} id can be made for this item: none of its humanCodingScheme, abbreviatedStatement or fullStatement has Latin letters or digits.`,
        hint: 'Give the item a humanCodingScheme made of letters a–z, digits and hyphens (e.g. "negotiation") in the source tool, then export it again.',
      });
      return [];
    }
    const earlier = taken.get(made.id);
    if (earlier) {
      issues.push({
        severity: 'error',
        where: entry.where,
        message: `This ${kind} would get the id "${made.id}", like ${earlier}.`,
        hint: 'Give the two items different humanCodingScheme values in the source tool, then export it again.',
      });
      return [];
    }
    taken.set(made.id, entry.where);
    if (!made.unchanged) {
      issues.push({
        severity: 'warning',
        where: entry.where,
        message: `Its id "${made.id}" was made from its ${made.from}.`,
        hint: `Other files refer to the ${kind} by this id; change it now in ${file(made.id)} if you prefer another.`,
      });
    }
    return [{ ...entry, id: made.id }];
  });
}
