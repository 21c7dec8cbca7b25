import type { CaseKept, CompetencyStatement } from '../curriculum/caseKeptSchema';
import { COE_PILLARS, type Competency } from '../curriculum/competencySchema';
import { fieldPath } from '../curriculum/contentIssue';
import type { Framework, FrameworkArea } from '../curriculum/frameworkSchema';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import { type CaseItemKind, caseIdentifiers } from './caseIdentifiers';
import { caseIdFor } from './caseIdFor';
import type { CaseImportIssue } from './caseImportIssue';
import { type CasePackage, type CfItemType, casePackageSchema } from './casePackageSchema';
import { DEFAULT_URI_BASE, exportCase, ITEM_TYPE_TITLES, PILLAR_KEYWORD_PREFIX } from './exportCase';
import {
  type CompetencyChoice,
  frameworkTree,
  identifierKey,
  type PlacedArea,
  type PlacedCompetency,
  type PlacedItem,
  type PlacedStatement,
} from './frameworkTree';
import { keptRubric } from './keptRubric';
import { normalizeCasePackage } from './normalizeCasePackage';
import { reexportDifferences } from './reexportDifferences';
import { rubricLevels } from './rubricLevels';
import { unmappedFields } from './unmappedFields';

/** A competency as imported: the file's data and the id it is written under. */
export type ImportedCompetency = Competency & { id: string };

/** What a CASE package becomes: the framework file and the competency files, or the errors that stop it. */
export type CaseImport =
  | { ok: true; framework: Framework; competencies: ImportedCompetency[]; issues: CaseImportIssue[] }
  | { ok: false; issues: CaseImportIssue[] };

const isPillar = (value: string): value is (typeof COE_PILLARS)[number] =>
  (COE_PILLARS as readonly string[]).includes(value);

/** How to read a package: which items become the competencies (see frameworkTree). */
export interface CaseImportOptions {
  competencies?: CompetencyChoice;
}

/**
 * Maps a CASE 1.0 package (parsed JSON) onto Cohesion's framework and competencies, the inverse of
 * exportCase, at any depth: items above the chosen competency level become (nested) areas, items
 * below it the competency's statements; the rubric criterion assessing a competency gives its
 * level descriptors (keyed by score). Every CASE field Cohesion has no field of its own for
 * (identifiers, humanCodingScheme, CFItemType, uri, educationLevel, other associations, rubrics
 * other than the one the export derives …) is kept under `case:` so the export writes it back. Only an unusable package is an error; warnings say,
 * one line per kind, what was mapped how, repaired, or not kept.
 */
export function importCase(input: unknown, scale: readonly ScaleLevel[], options: CaseImportOptions = {}): CaseImport {
  const normalized = normalizeCasePackage(input);
  const parsed = casePackageSchema.safeParse(normalized.value);
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
  const tree = frameworkTree(pkg, options.competencies);
  const issues = [...normalized.issues, ...tree.issues];
  const derived = caseIdentifiers(document.identifier);
  const stamp = document.lastChangeDateTime;
  const uriBase = commonUriBase(pkg);
  const uriOf = (identifier: string) => `${uriBase}${identifier}`;

  const documentArea = tree.competencies.has(identifierKey(document.identifier));
  const areaItems = withIds(tree.areas, 'area', issues);
  const areaIdOf = new Map(areaItems.map((a) => [identifierKey(a.item.identifier), a.id]));
  const documentAreaId = documentArea
    ? uniqueId(
        caseIdFor({
          identifier: document.identifier,
          uri: document.uri,
          fullStatement: document.title,
          lastChangeDateTime: stamp,
        })?.id ?? 'framework',
        new Set(areaItems.map((a) => a.id)),
      )
    : undefined;
  const areaOf = new Map<string, string>();
  const placedCompetencies = [...tree.competencies].flatMap(([areaKey, list]) =>
    list.map((c) => {
      areaOf.set(identifierKey(c.item.identifier), areaIdOf.get(areaKey) ?? documentAreaId!);
      return c;
    }),
  );
  const competencies = withIds(placedCompetencies, 'competency', issues);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };

  const { levels, mapped, issues: levelIssues } = rubricLevels(pkg, competencies, scale);
  issues.push(...levelIssues, ...unmappedFields(normalized.value));

  const definedTypes = new Map(
    (pkg.CFDefinitions?.CFItemTypes ?? []).map((t) => [identifierKey(t.identifier), t] as const),
  );
  const kept = (
    placed: PlacedItem,
    kind: CaseItemKind | undefined,
    id: string | undefined,
    parentIdentifier: string,
    keywords: readonly string[],
  ): CaseKept | undefined => {
    const { item, association } = placed;
    const derivedType =
      kind !== undefined &&
      item.CFItemType === ITEM_TYPE_TITLES[kind] &&
      identifierKey(item.CFItemTypeURI?.identifier ?? '') === derived.itemType(kind);
    const associationIdentifier = derived.association(item.identifier, parentIdentifier);
    const ownAssociation = {
      ...(identifierKey(association.identifier) !== associationIdentifier
        ? { identifier: association.identifier }
        : {}),
      ...(association.uri !== uriOf(association.identifier) ? { uri: association.uri } : {}),
      ...(association.lastChangeDateTime !== stamp ? { lastChangeDateTime: association.lastChangeDateTime } : {}),
    };
    const own: CaseKept = {
      // "" keeps an area or competency that had no code from being given its id as one.
      ...(item.humanCodingScheme !== id && (item.humanCodingScheme !== undefined || kind !== undefined)
        ? { humanCodingScheme: item.humanCodingScheme ?? '' }
        : {}),
      ...(kind === undefined && item.abbreviatedStatement !== undefined
        ? { abbreviatedStatement: item.abbreviatedStatement }
        : {}),
      ...(item.alternativeLabel !== undefined ? { alternativeLabel: item.alternativeLabel } : {}),
      ...(derivedType
        ? {}
        : { itemType: item.CFItemType ?? '', ...(item.CFItemTypeURI ? { itemTypeURI: item.CFItemTypeURI } : {}) }),
      ...(item.uri !== uriOf(item.identifier) ? { uri: item.uri } : {}),
      ...(item.educationLevel ? { educationLevel: item.educationLevel } : {}),
      ...(keywords.length > 0 ? { conceptKeywords: [...keywords] } : {}),
      ...(item.listEnumeration !== undefined ? { listEnumeration: item.listEnumeration } : {}),
      ...(item.notes !== undefined ? { notes: item.notes } : {}),
      ...(item.lastChangeDateTime !== stamp ? { lastChangeDateTime: item.lastChangeDateTime } : {}),
      ...(Object.keys(ownAssociation).length > 0 ? { association: ownAssociation } : {}),
    };
    return Object.keys(own).length > 0 ? own : undefined;
  };
  const parentIdentifierOf = (placed: PlacedItem) => placed.association.destinationNodeURI.identifier;
  // Where each item's kept fields live, to add the sequence numbers the export would not reproduce.
  const holders = new Map<string, { case?: CaseKept }>();
  const held = <T extends { case?: CaseKept }>(identifier: string, holder: T): T => {
    holders.set(identifierKey(identifier), holder);
    return holder;
  };

  const areas: FrameworkArea[] = [];
  if (documentAreaId) areas.push({ id: documentAreaId, title: document.title, case: { isDocument: true } });
  for (const { item, id, ...placed } of areaItems) {
    const title = item.abbreviatedStatement ?? item.fullStatement;
    const own = kept(
      { item, ...placed },
      'area',
      id,
      parentIdentifierOf({ item, ...placed }),
      item.conceptKeywords ?? [],
    );
    const { parent } = placed as PlacedArea;
    areas.push(
      held(item.identifier, {
        id,
        title,
        ...(item.fullStatement !== title ? { description: item.fullStatement } : {}),
        ...(parent !== undefined ? { parent: areaIdOf.get(parent)! } : {}),
        ...ownIdentifier(derived, 'area', id, item.identifier),
        ...(own ? { case: own } : {}),
      }),
    );
  }

  const statementsOf = (list: readonly PlacedStatement[]): CompetencyStatement[] =>
    list.map((placed) => {
      const own = kept(placed, undefined, undefined, parentIdentifierOf(placed), placed.item.conceptKeywords ?? []);
      return held(placed.item.identifier, {
        statement: placed.item.fullStatement,
        caseIdentifier: placed.item.identifier,
        ...(own ? { case: own } : {}),
        ...(placed.statements.length > 0 ? { statements: statementsOf(placed.statements) } : {}),
      });
    });
  let longNames = 0;
  let statementCount = 0;
  const imported = competencies.map((placed): ImportedCompetency => {
    const { item, id } = placed;
    const name = item.abbreviatedStatement ?? item.fullStatement;
    if (name === item.fullStatement && name.length > 80) longNames++;
    const keywords = item.conceptKeywords ?? [];
    const pillarKeyword = keywords.find(
      (k) => k.startsWith(PILLAR_KEYWORD_PREFIX) && isPillar(k.slice(PILLAR_KEYWORD_PREFIX.length)),
    );
    const pillar = pillarKeyword?.slice(PILLAR_KEYWORD_PREFIX.length);
    const own = kept(
      placed,
      'competency',
      id,
      parentIdentifierOf(placed),
      keywords.filter((k) => k !== pillarKeyword),
    );
    const statements = statementsOf(placed.statements);
    const count = (list: CompetencyStatement[]): number => list.reduce((n, s) => n + 1 + count(s.statements ?? []), 0);
    statementCount += count(statements);
    return held(item.identifier, {
      id,
      name,
      area: areaOf.get(identifierKey(item.identifier))!,
      ...(pillar && isPillar(pillar) ? { pillar } : {}),
      description: item.fullStatement,
      levels: levels.get(identifierKey(item.identifier)) ?? {},
      ...ownIdentifier(derived, 'competency', id, item.identifier),
      ...(own ? { case: own } : {}),
      ...(statements.length > 0 ? { statements } : {}),
    });
  });
  if (longNames > 0)
    issues.push({
      severity: 'warning',
      where: 'CFItems abbreviatedStatement',
      message: `${longNames} competenc${longNames > 1 ? 'ies have' : 'y has'} no short name (abbreviatedStatement), so the full statement became the name.`,
      hint: 'Shorten name: in those competency files.',
    });

  const chosen =
    'itemType' in tree.choice ? `of CFItemType "${tree.choice.itemType}"` : `at level ${tree.choice.level}`;
  // Cohesion's own shape (areas → competencies, nothing else) needs no summary.
  const reshaped =
    options.competencies !== undefined ||
    statementCount > 0 ||
    documentAreaId !== undefined ||
    tree.areas.some((a) => a.parent) ||
    tree.otherAssociations.length > 0;
  if (reshaped)
    issues.push({
      severity: 'warning',
      where: 'mapping',
      message: [
        `${imported.length} items ${chosen} became competencies (content/competencies/<id>.yaml).`,
        `${areaItems.length} items above them became areas${tree.areas.some((a) => a.parent) ? ' (nested with parent:)' : ''}${documentAreaId ? `, and the document the area "${documentAreaId}"` : ''}.`,
        ...(statementCount > 0 ? [`${statementCount} items below them became statements: of their competency.`] : []),
        ...(tree.otherAssociations.length > 0
          ? [
              `${tree.otherAssociations.length} associations outside the tree were kept under case.associations: ${summarizeTypes(tree.otherAssociations)}.`,
            ]
          : []),
      ].join(' '),
      hint: 'Choose another level with --competency-level N or --competency-type <CFItemType>.',
    });
  const precedes = tree.otherAssociations.filter((a) => a.associationType === 'precedes').length;
  if (precedes > 0)
    issues.push({
      severity: 'warning',
      where: 'CFAssociations precedes',
      message: `${precedes} "precedes" association${precedes > 1 ? 's are' : ' is'} kept for the export; Cohesion orders modules, not competencies.`,
      hint: 'npm run case:import lists the module prerequisites they suggest once modules develop those competencies.',
    });

  const framework: Framework = {
    name: document.title,
    description: document.description ?? '',
    areas,
    case: {
      identifier: document.identifier,
      ...(uriBase !== DEFAULT_URI_BASE ? { uriBase } : {}),
      creator: document.creator,
      ...(document.publisher ? { publisher: document.publisher } : {}),
      ...(document.version ? { version: document.version } : {}),
      ...(document.language ? { language: document.language } : {}),
      ...(document.adoptionStatus ? { adoptionStatus: document.adoptionStatus } : {}),
      ...(document.uri !== uriOf(document.identifier) ? { uri: document.uri } : {}),
      ...(document.CFPackageURI &&
      (identifierKey(document.CFPackageURI.identifier) !== identifierKey(document.identifier) ||
        document.CFPackageURI.uri !== document.uri ||
        document.CFPackageURI.title !== document.title)
        ? { packageUri: document.CFPackageURI }
        : {}),
      ...keptItemTypes(definedTypes, derived),
      ...(tree.otherAssociations.length > 0
        ? { associations: tree.otherAssociations.map(({ CFDocumentURI: _d, ...a }) => a) }
        : {}),
      lastChangeDateTime: stamp,
    },
  };
  if (!document.description)
    issues.push({
      severity: 'warning',
      where: 'CFDocument',
      message: 'The document has no description.',
      hint: 'Write one under description: in framework.yaml.',
    });

  const source = { framework: { ...framework, file: 'framework.yaml' }, competencies: imported, scale };
  // Rubrics are kept unless they are the one the export derives from the scale and the descriptors.
  const derivedRubrics = exportCase(source).CFRubrics ?? [];
  if (pkg.CFRubrics && pkg.CFRubrics.length > 0 && canonical(pkg.CFRubrics) !== canonical(derivedRubrics))
    framework.case!.rubrics = pkg.CFRubrics.map((rubric) => keptRubric(rubric, mapped));
  // Sequence numbers are kept only where the export's positions differ from them.
  const positions = new Map(
    (exportCase(source).CFAssociations ?? []).map((a) => [identifierKey(a.originNodeURI.identifier), a.sequenceNumber]),
  );
  for (const { item, association } of [...tree.areas, ...placedCompetencies, ...allStatements(tree)]) {
    const holder = holders.get(identifierKey(item.identifier));
    const sequenceNumber = association.sequenceNumber;
    if (!holder || sequenceNumber === undefined || positions.get(identifierKey(item.identifier)) === sequenceNumber)
      continue;
    holder.case = { ...holder.case, association: { ...holder.case?.association, sequenceNumber } };
  }
  const again = exportCase(source);
  issues.push(...reexportDifferences(pkg, again, tree));
  return { ok: true, framework, competencies: imported, issues };
}

/** JSON with object keys sorted, to compare two structures whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const allStatements = (tree: { competencies: Map<string, PlacedCompetency[]> }): PlacedStatement[] => {
  const flat = (list: PlacedStatement[]): PlacedStatement[] => list.flatMap((s) => [s, ...flat(s.statements)]);
  return [...tree.competencies.values()].flat().flatMap((c) => flat(c.statements));
};

const summarizeTypes = (associations: readonly { associationType: string }[]) => {
  const counts = new Map<string, number>();
  for (const a of associations) counts.set(a.associationType, (counts.get(a.associationType) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
};

const ownIdentifier = (
  derived: ReturnType<typeof caseIdentifiers>,
  kind: CaseItemKind,
  id: string,
  identifier: string,
) => (identifierKey(identifier) === derived.item(kind, id) ? {} : { caseIdentifier: identifier });

/** The package's item types other than the two Cohesion derives, kept for the export. */
function keptItemTypes(defined: Map<string, CfItemType>, derived: ReturnType<typeof caseIdentifiers>) {
  const own = new Set((['area', 'competency'] as const).map((kind) => derived.itemType(kind)));
  const itemTypes = [...defined.values()].filter((t) => !own.has(identifierKey(t.identifier)));
  return itemTypes.length > 0 ? { itemTypes } : {};
}

/** The uri prefix most of the package's objects share before their identifier; "urn:uuid:" when none. */
function commonUriBase(pkg: CasePackage): string {
  const counts = new Map<string, number>();
  for (const object of [pkg.CFDocument, ...(pkg.CFItems ?? []), ...(pkg.CFAssociations ?? [])]) {
    if (!object.uri.toLowerCase().endsWith(identifierKey(object.identifier))) continue;
    const base = object.uri.slice(0, object.uri.length - object.identifier.length);
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? DEFAULT_URI_BASE;
}

/** `id`, or `id-2`, `id-3` … when that is taken. */
function uniqueId(id: string, taken: { has(id: string): boolean }): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Gives each item its id: its code when that is one, else one made from its texts, made unique with -2, -3 …. */
function withIds<P extends PlacedItem>(
  placed: readonly P[],
  kind: CaseItemKind,
  issues: CaseImportIssue[],
): Array<P & { id: string }> {
  const taken = new Set<string>();
  const made = new Map<string, number>();
  let renamed = 0;
  const result = placed.flatMap((entry) => {
    const found = caseIdFor(entry.item);
    if (!found) {
      issues.push({
        severity: 'error',
        where: entry.where,
        message: `No ${kind} id can be made for this item: none of its humanCodingScheme, abbreviatedStatement or fullStatement has Latin letters or digits.`,
        hint: 'Give the item a humanCodingScheme made of letters a–z, digits and hyphens (e.g. "negotiation") in the source tool, then export it again.',
      });
      return [];
    }
    const id = uniqueId(found.id, taken);
    if (id !== found.id) renamed++;
    taken.add(id);
    if (!found.unchanged) made.set(found.from, (made.get(found.from) ?? 0) + 1);
    return [{ ...entry, id }];
  });
  if (made.size > 0 || renamed > 0)
    issues.push({
      severity: 'warning',
      where: kind === 'area' ? 'area ids' : 'competency ids',
      message: `${[...made].map(([from, n]) => `${n} ${kind} id${n > 1 ? 's were' : ' was'} made from the ${from}`).join(', ')}${renamed > 0 ? `${made.size > 0 ? '; ' : ''}${renamed} got -2, -3 … to be unique` : ''}. Their humanCodingScheme is kept unchanged under case:.`,
      hint: `Other files refer to ${kind === 'area' ? 'areas' : 'competencies'} by id; rename them now if you prefer others (a competency's id is its file name).`,
    });
  return result;
}
