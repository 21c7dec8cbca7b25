import type { Competency } from '../curriculum/competencySchema';
import type { FrameworkEntry } from '../curriculum/curriculum';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import { type CaseItemKind, caseIdentifiers } from './caseIdentifiers';
import type { CasePackage, CfAssociation, CfItem, CfItemType, CfRubricCriterion, LinkUri } from './casePackageSchema';

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
 *   it, description = the competency's descriptor at that level).
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
  const link = (title: string, identifier: string): LinkUri => ({ title, identifier, uri: uriOf(identifier) });
  const documentLink = link(framework.name, meta.identifier);
  const levels = [...scale].sort((a, b) => a.level - b.level);

  const itemTypes = (['area', 'competency'] as const).map(
    (kind, i): CfItemType => ({
      identifier: ids.itemType(kind),
      uri: uriOf(ids.itemType(kind)),
      title: ITEM_TYPE_TITLES[kind],
      description:
        kind === 'area'
          ? 'A group of related competencies in the framework.'
          : 'A competency, described at every level of the proficiency scale.',
      hierarchyCode: String(i + 1),
      lastChangeDateTime: stamp,
    }),
  );
  const typeLink = (kind: CaseItemKind) => link(ITEM_TYPE_TITLES[kind], ids.itemType(kind));

  const items: CfItem[] = [];
  const associations: CfAssociation[] = [];
  const criteria: CfRubricCriterion[] = [];
  const rubricId = ids.rubric();
  const childOf = (child: LinkUri, parent: LinkUri, sequenceNumber: number) => {
    const identifier = ids.association(child.identifier, parent.identifier);
    associations.push({
      identifier,
      uri: uriOf(identifier),
      associationType: 'isChildOf',
      sequenceNumber,
      originNodeURI: child,
      destinationNodeURI: parent,
      lastChangeDateTime: stamp,
      CFDocumentURI: documentLink,
    });
  };

  framework.areas.forEach((area, a) => {
    const areaLink = link(area.title, area.caseIdentifier ?? ids.item('area', area.id));
    items.push({
      identifier: areaLink.identifier,
      uri: areaLink.uri,
      fullStatement: area.description ?? area.title,
      abbreviatedStatement: area.title,
      humanCodingScheme: area.id,
      CFItemType: ITEM_TYPE_TITLES.area,
      CFItemTypeURI: typeLink('area'),
      lastChangeDateTime: stamp,
      CFDocumentURI: documentLink,
    });
    childOf(areaLink, documentLink, a + 1);

    competenciesOfArea(competencies, area.id).forEach((competency, c) => {
      const itemLink = link(competency.name, competency.caseIdentifier ?? ids.item('competency', competency.id));
      items.push({
        identifier: itemLink.identifier,
        uri: itemLink.uri,
        fullStatement: competency.description,
        abbreviatedStatement: competency.name,
        humanCodingScheme: competency.id,
        CFItemType: ITEM_TYPE_TITLES.competency,
        CFItemTypeURI: typeLink('competency'),
        ...(competency.pillar ? { conceptKeywords: [`${PILLAR_KEYWORD_PREFIX}${competency.pillar}`] } : {}),
        lastChangeDateTime: stamp,
        CFDocumentURI: documentLink,
      });
      childOf(itemLink, areaLink, c + 1);

      const criterionId = ids.criterion(itemLink.identifier);
      criteria.push({
        identifier: criterionId,
        uri: uriOf(criterionId),
        category: competency.name,
        CFItemURI: itemLink,
        position: criteria.length + 1,
        rubricId,
        lastChangeDateTime: stamp,
        CFRubricCriterionLevels: levels
          .filter((l) => competency.levels[String(l.level)] !== undefined)
          .map((l) => ({
            identifier: ids.level(criterionId, l.level),
            uri: uriOf(ids.level(criterionId, l.level)),
            description: competency.levels[String(l.level)]!,
            quality: l.name,
            score: l.level,
            position: l.level,
            rubricCriterionId: criterionId,
            lastChangeDateTime: stamp,
          })),
      });
    });
  });

  return {
    CFDocument: {
      identifier: meta.identifier,
      uri: documentLink.uri,
      creator: meta.creator,
      title: framework.name,
      lastChangeDateTime: stamp,
      description: framework.description,
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.version ? { version: meta.version } : {}),
      ...(meta.language ? { language: meta.language } : {}),
      ...(meta.adoptionStatus ? { adoptionStatus: meta.adoptionStatus } : {}),
      CFPackageURI: documentLink,
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
    CFRubrics: [
      {
        identifier: rubricId,
        uri: uriOf(rubricId),
        title: 'Proficiency scale',
        description: levels.map((l) => `${l.level} ${l.name}: ${l.descriptor}`).join('\n'),
        lastChangeDateTime: stamp,
        CFRubricCriteria: criteria,
      },
    ],
  };
}

/** The package as the JSON text Cohesion writes: two-space indentation and a final newline. */
export function caseJson(pkg: CasePackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
