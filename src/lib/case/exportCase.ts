import type { CaseKept, CompetencyStatement } from '../curriculum/caseKeptSchema';
import type { Competency } from '../curriculum/competencySchema';
import type { FrameworkEntry } from '../curriculum/curriculum';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import { type CaseItemKind, caseIdentifiers } from './caseIdentifiers';
import type {
  CasePackage,
  CfAssociation,
  CfItem,
  CfItemType,
  CfRubricCriterion,
  CfRubricCriterionLevel,
  LinkUri,
} from './casePackageSchema';
import { exportKeptRubric } from './exportKeptRubric';
import { identifierKey } from './frameworkTree';

type IdentifiedCompetency = Competency & { id: string };

/** The parts of a curriculum a CASE package is made from (a Curriculum has them). */
export interface CaseSource {
  framework: FrameworkEntry;
  competencies: readonly IdentifiedCompetency[];
  scale: readonly ScaleLevel[];
}

/** Where a CASE object's uri starts when content/framework.yaml names no `case.uriBase`. */
export const DEFAULT_URI_BASE = 'urn:uuid:';

/** CFItemType titles of the two kinds of item, as exported and recognised on import. */
export const ITEM_TYPE_TITLES: Record<CaseItemKind, string> = { area: 'Competency area', competency: 'Competency' };

/** A competency's COE pillar travels as a concept keyword with this prefix. */
export const PILLAR_KEYWORD_PREFIX = 'pillar:';

// Competencies of one area in export order: by name, then id.
function competenciesOfArea<C extends IdentifiedCompetency>(competencies: readonly C[], areaId: string): C[] {
  return competencies
    .filter((c) => c.area === areaId)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'));
}

/**
 * The framework as a 1EdTech CASE 1.0 package. The mapping (also in AUTHORING.md):
 * - content/framework.yaml → CFDocument (title = name, the `case:` block for identifier, creator …);
 * - each area → a CFItem of type "Competency area" (humanCodingScheme = id, abbreviatedStatement =
 *   title, fullStatement = description or title), "isChildOf" the document, sequenceNumber = its place;
 * - each competency → a CFItem of type "Competency" (humanCodingScheme = id, abbreviatedStatement =
 *   name, fullStatement = description, conceptKeywords = ["pillar:<pillar>"]), "isChildOf" its area,
 *   numbered by name within the area;
 * - the proficiency scale → one CFRubric; one CFRubricCriterion per competency (CFItemURI = the
 *   competency), one CFRubricCriterionLevel per level (score = level, quality = the scale's name for
 *   it, description = the competency's descriptor at that level);
 * - an imported framework's own rubrics (`case.rubrics`) → written back as they came, each level
 *   marked `descriptor: true` carrying the assessed competency's current descriptor at its score,
 *   and descriptors written since added as levels of the competency's criterion; only competencies
 *   they do not assess get a criterion in the derived rubric, which then follows them.
 * Identifiers are content's own `caseIdentifier` where it has one, else UUID v5 derived from the
 * document identifier and ids; every lastChangeDateTime is `case.lastChangeDateTime`, so the same
 * content always gives the same bytes. Throws when the framework has no `case:` block or a
 * competency names an unknown area (the content check reports both first).
 */
export function exportCase({ framework, competencies, scale }: CaseSource): CasePackage {
  const meta = framework.case;
  if (!meta) {
    throw new Error(
      `${framework.file} has no "case:" block. Add case: with identifier (a UUID of your own), creator and lastChangeDateTime; see AUTHORING.md.`,
    );
  }
  const areaIds = new Set(framework.areas.map((a) => a.id));
  const stray = competencies.filter((c) => !areaIds.has(c.area));
  if (stray.length > 0)
    throw new Error(
      `Competencies in no area of ${framework.file}: ${stray.map((c) => `${c.id} (area "${c.area}")`).join(', ')}. Run npm run check:content.`,
    );

  const ids = caseIdentifiers(meta.identifier);
  const stamp = meta.lastChangeDateTime;
  const uriOf = (identifier: string) => `${meta.uriBase ?? DEFAULT_URI_BASE}${identifier}`;
  const link = (title: string, identifier: string, own?: CaseKept): LinkUri => ({
    title,
    identifier,
    uri: own?.uri ?? uriOf(identifier),
  });
  const documentLink: LinkUri = {
    title: framework.name,
    identifier: meta.identifier,
    uri: meta.uri ?? uriOf(meta.identifier),
  };
  const levels = [...scale].sort((a, b) => a.level - b.level);

  const usedKinds = new Set<CaseItemKind>();
  const typeLink = (kind: CaseItemKind) => link(ITEM_TYPE_TITLES[kind], ids.itemType(kind));
  const typeFields = (kind: CaseItemKind | undefined, own: CaseKept | undefined) => {
    if (own?.itemType !== undefined)
      return {
        ...(own.itemType ? { CFItemType: own.itemType } : {}),
        ...(own.itemTypeURI ? { CFItemTypeURI: own.itemTypeURI } : {}),
      };
    if (!kind) return {};
    usedKinds.add(kind);
    return { CFItemType: ITEM_TYPE_TITLES[kind], CFItemTypeURI: typeLink(kind) };
  };
  const keptFields = (own: CaseKept | undefined, keywords: string[] = []) => {
    const conceptKeywords = [...keywords, ...(own?.conceptKeywords ?? [])];
    return {
      ...(conceptKeywords.length > 0 ? { conceptKeywords } : {}),
      ...(own?.educationLevel ? { educationLevel: own.educationLevel } : {}),
      ...(own?.listEnumeration !== undefined ? { listEnumeration: own.listEnumeration } : {}),
      ...(own?.notes !== undefined ? { notes: own.notes } : {}),
      lastChangeDateTime: own?.lastChangeDateTime ?? stamp,
      CFDocumentURI: documentLink,
    };
  };

  const items: CfItem[] = [];
  const associations: CfAssociation[] = [];
  const criteria: CfRubricCriterion[] = [];
  const rubricId = ids.rubric();
  const keptRubrics = meta.rubrics ?? [];
  const assessed = new Set(
    keptRubrics
      .flatMap((r) => r.CFRubricCriteria ?? [])
      .flatMap((c) => (c.CFItemURI ? [identifierKey(c.CFItemURI.identifier)] : [])),
  );
  const competencyByItem = new Map<string, IdentifiedCompetency>();
  const extended = new Set<string>(); // competencies whose first kept criterion has had their new descriptors added
  const levelOf = (criterionId: string, l: ScaleLevel, description: string): CfRubricCriterionLevel => ({
    identifier: ids.level(criterionId, l.level),
    uri: uriOf(ids.level(criterionId, l.level)),
    description,
    quality: l.name,
    score: l.level,
    position: l.level,
    rubricCriterionId: criterionId,
    lastChangeDateTime: stamp,
  });
  const childOf = (child: LinkUri, parent: LinkUri, position: number, own: CaseKept | undefined) => {
    const kept = own?.association;
    const identifier = kept?.identifier ?? ids.association(child.identifier, parent.identifier);
    associations.push({
      identifier,
      uri: kept?.uri ?? uriOf(identifier),
      associationType: 'isChildOf',
      sequenceNumber: kept?.sequenceNumber ?? position,
      originNodeURI: child,
      destinationNodeURI: parent,
      lastChangeDateTime: kept?.lastChangeDateTime ?? stamp,
      CFDocumentURI: documentLink,
    });
  };
  const addStatements = (statements: readonly CompetencyStatement[] | undefined, parent: LinkUri) =>
    (statements ?? []).forEach((statement, s) => {
      const own = statement.case;
      const itemLink = link(
        own?.abbreviatedStatement ?? statement.statement.slice(0, 60),
        statement.caseIdentifier,
        own,
      );
      items.push({
        identifier: itemLink.identifier,
        uri: itemLink.uri,
        fullStatement: statement.statement,
        ...(own?.abbreviatedStatement !== undefined ? { abbreviatedStatement: own.abbreviatedStatement } : {}),
        ...(own?.alternativeLabel !== undefined ? { alternativeLabel: own.alternativeLabel } : {}),
        ...(own?.humanCodingScheme !== undefined ? { humanCodingScheme: own.humanCodingScheme } : {}),
        ...typeFields(undefined, own),
        ...keptFields(own),
      });
      childOf(itemLink, parent, s + 1, own);
      addStatements(statement.statements, itemLink);
    });

  const areaLinks = new Map<string, LinkUri>();
  const siblings = new Map<string | undefined, number>();
  const position = (parent: string | undefined) => {
    const next = (siblings.get(parent) ?? 0) + 1;
    siblings.set(parent, next);
    return next;
  };
  for (const area of framework.areas) {
    const own = area.case;
    if (own?.isDocument) {
      areaLinks.set(area.id, documentLink);
      addCompetencies(area, documentLink, undefined);
      continue;
    }
    const areaLink = link(area.title, area.caseIdentifier ?? ids.item('area', area.id), own);
    areaLinks.set(area.id, areaLink);
    items.push({
      identifier: areaLink.identifier,
      uri: areaLink.uri,
      fullStatement: area.description ?? area.title,
      abbreviatedStatement: area.title,
      ...(own?.alternativeLabel !== undefined ? { alternativeLabel: own.alternativeLabel } : {}),
      ...codeOf(own, area.id),
      ...typeFields('area', own),
      ...keptFields(own),
    });
    const parent = area.parent === undefined ? documentLink : (areaLinks.get(area.parent) ?? documentLink);
    childOf(areaLink, parent, position(parent === documentLink ? undefined : area.parent), own);
    addCompetencies(area, areaLink, area.id);
  }

  function addCompetencies(area: (typeof framework.areas)[number], areaLink: LinkUri, parentKey: string | undefined) {
    competenciesOfArea(competencies, area.id).forEach((competency) => {
      const own = competency.case;
      const itemLink = link(competency.name, competency.caseIdentifier ?? ids.item('competency', competency.id), own);
      items.push({
        identifier: itemLink.identifier,
        uri: itemLink.uri,
        fullStatement: competency.description,
        abbreviatedStatement: competency.name,
        ...(own?.alternativeLabel !== undefined ? { alternativeLabel: own.alternativeLabel } : {}),
        ...codeOf(own, competency.id),
        ...typeFields('competency', own),
        ...keptFields(own, competency.pillar ? [`${PILLAR_KEYWORD_PREFIX}${competency.pillar}`] : []),
      });
      childOf(itemLink, areaLink, position(parentKey), own);
      addStatements(competency.statements, itemLink);

      competencyByItem.set(identifierKey(itemLink.identifier), competency);
      if (assessed.has(identifierKey(itemLink.identifier))) return; // its criterion is in a kept rubric
      const criterionId = ids.criterion(itemLink.identifier);
      const described = levels.filter((l) => competency.levels[String(l.level)] !== undefined);
      // An imported competency without descriptors has no criterion.
      if (described.length === 0 && (own || keptRubrics.length > 0)) return;
      criteria.push({
        identifier: criterionId,
        uri: uriOf(criterionId),
        category: competency.name,
        CFItemURI: itemLink,
        position: criteria.length + 1,
        rubricId,
        lastChangeDateTime: stamp,
        CFRubricCriterionLevels: described.map((l) => levelOf(criterionId, l, competency.levels[String(l.level)]!)),
      });
    });
  }
  for (const kept of meta.associations ?? []) associations.push({ ...kept, CFDocumentURI: documentLink });

  const itemTypes = (['area', 'competency'] as const).flatMap((kind, i): CfItemType[] =>
    usedKinds.has(kind)
      ? [
          {
            identifier: ids.itemType(kind),
            uri: uriOf(ids.itemType(kind)),
            title: ITEM_TYPE_TITLES[kind],
            description:
              kind === 'area'
                ? 'A group of related competencies in the framework.'
                : 'A competency, described at every level of the proficiency scale.',
            hierarchyCode: String(i + 1),
            lastChangeDateTime: stamp,
          },
        ]
      : [],
  );
  itemTypes.push(...(meta.itemTypes ?? []));

  return {
    CFDocument: {
      identifier: meta.identifier,
      uri: documentLink.uri,
      creator: meta.creator,
      title: framework.name,
      lastChangeDateTime: stamp,
      ...(framework.description ? { description: framework.description } : {}),
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.version ? { version: meta.version } : {}),
      ...(meta.language ? { language: meta.language } : {}),
      ...(meta.adoptionStatus ? { adoptionStatus: meta.adoptionStatus } : {}),
      CFPackageURI: meta.packageUri ?? documentLink,
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
    ...(criteria.length > 0 || keptRubrics.length > 0
      ? {
          CFRubrics: [
            ...keptRubrics.map((rubric) => exportKeptRubric(rubric, competencyByItem, levels, levelOf, extended)),
            ...(criteria.length > 0
              ? [
                  {
                    identifier: rubricId,
                    uri: uriOf(rubricId),
                    title: 'Proficiency scale',
                    description: levels.map((l) => `${l.level} ${l.name}: ${l.descriptor}`).join('\n'),
                    lastChangeDateTime: stamp,
                    CFRubricCriteria: criteria,
                  },
                ]
              : []),
          ],
        }
      : {}),
  };
}

/** An item's humanCodingScheme: its kept one ("" for none), else its id. */
const codeOf = (own: CaseKept | undefined, id: string) => {
  const code = own?.humanCodingScheme ?? id;
  return code === '' ? {} : { humanCodingScheme: code };
};

/** The package (or one of its objects) as the JSON text Cohesion writes: two-space indentation and a final newline. */
export function caseJson(pkg: unknown): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
