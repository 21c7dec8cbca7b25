import type { CaseImportIssue } from './caseImportIssue';
import type { CasePackage, CfAssociation, CfItem } from './casePackageSchema';

/** A CFItem with its place in the package and where messages should point. */
export interface PlacedItem {
  item: CfItem;
  /** `CFItems[3] "Negotiation"`. */
  where: string;
  /** Its isChildOf sequenceNumber, when the package gives one. */
  sequence: number | undefined;
  /** The "isChildOf" association that places it. */
  association: CfAssociation;
}

/** An item below a competency, with the items below it. */
export interface PlacedStatement extends PlacedItem {
  statements: PlacedStatement[];
}

/** A competency with everything below it. */
export interface PlacedCompetency extends PlacedItem {
  statements: PlacedStatement[];
}

/** An area, and the area it sits in (lower-case identifier; undefined directly under the document). */
export interface PlacedArea extends PlacedItem {
  parent: string | undefined;
}

/** Which items become competencies: those at one level (1 = children of the document) or of one CFItemType. */
export type CompetencyChoice = { level: number } | { itemType: string };

/** The framework's shape: areas above the competencies, competencies, and statements below them. */
export interface FrameworkTree {
  /** Depth first, each level in its sequence order. */
  areas: PlacedArea[];
  /** Keyed by the area's identifier in lower case, or the document's for competencies directly under it. */
  competencies: Map<string, PlacedCompetency[]>;
  /** Associations not used for the tree (other types, second parents, links to outside items). */
  otherAssociations: CfAssociation[];
  /** How the competencies were chosen, for the summary. */
  choice: CompetencyChoice;
  issues: CaseImportIssue[];
}

/** Identifiers compare without regard to case: CASE tools differ in how they write hex digits. */
export const identifierKey = (identifier: string) => identifier.toLowerCase();

/** How messages name an item. */
export const describeItem = (item: CfItem, index: number) =>
  `CFItems[${index}] "${item.abbreviatedStatement ?? item.fullStatement.slice(0, 60)}"`;

/**
 * Reads the framework's shape from its "isChildOf" associations, at any depth. The competencies are
 * the items the choice names (by default those a rubric criterion assesses, else the second level,
 * or the first when there is only one); items above them are areas (nested through their parent),
 * items below them the competency's statements. Errors for duplicate identifiers and when no item is
 * a competency; warnings for items the tree does not reach and items with two parents.
 */
export function frameworkTree(pkg: CasePackage, wanted?: CompetencyChoice): FrameworkTree {
  const issues: CaseImportIssue[] = [];
  const items = pkg.CFItems ?? [];
  const documentKey = identifierKey(pkg.CFDocument.identifier);
  const byKey = new Map<string, { item: CfItem; index: number }>();
  items.forEach((item, index) => {
    const key = identifierKey(item.identifier);
    const earlier = byKey.get(key);
    if (earlier)
      issues.push({
        severity: 'error',
        where: `CFItems[${index}]`,
        message: `Same identifier as ${describeItem(earlier.item, earlier.index)}: ${item.identifier}.`,
        hint: 'Every CFItem needs its own identifier; export the framework again from its source tool.',
      });
    else byKey.set(key, { item, index });
  });

  const parentOf = new Map<string, CfAssociation>();
  const otherAssociations: CfAssociation[] = [];
  let secondParents = 0;
  for (const association of pkg.CFAssociations ?? []) {
    const child = identifierKey(association.originNodeURI.identifier);
    const parent = identifierKey(association.destinationNodeURI.identifier);
    const inTree =
      association.associationType === 'isChildOf' &&
      byKey.has(child) &&
      (parent === documentKey || byKey.has(parent)) &&
      !parentOf.has(child);
    if (inTree) parentOf.set(child, association);
    else {
      if (association.associationType === 'isChildOf' && parentOf.has(child)) secondParents++;
      otherAssociations.push(association);
    }
  }
  if (secondParents > 0)
    issues.push({
      severity: 'warning',
      where: 'CFAssociations',
      message: `${secondParents} item${secondParents > 1 ? 's sit' : ' sits'} in a second place of the framework; Cohesion places each item under its first parent and keeps the other "isChildOf" associations as they are.`,
      hint: 'Nothing to do: the export writes them back.',
    });

  const childrenOf = new Map<string, PlacedItem[]>();
  for (const [key, association] of parentOf) {
    const { item, index } = byKey.get(key)!;
    const parent = identifierKey(association.destinationNodeURI.identifier);
    const placed = { item, where: describeItem(item, index), sequence: association.sequenceNumber, association };
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), placed]);
  }
  // Numbered items first, by number; the sort is stable, so the rest keep the package's order.
  const bySequence = (a: PlacedItem, b: PlacedItem) =>
    (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER);
  const ordered = (key: string) => [...(childrenOf.get(key) ?? [])].sort(bySequence);

  const depthOf = new Map<string, number>();
  const measure = (key: string, depth: number) => {
    for (const child of ordered(key)) {
      const childKey = identifierKey(child.item.identifier);
      if (depthOf.has(childKey)) continue;
      depthOf.set(childKey, depth);
      measure(childKey, depth + 1);
    }
  };
  measure(documentKey, 1);
  const maxDepth = Math.max(0, ...depthOf.values());
  const assessed = new Set(
    (pkg.CFRubrics ?? [])
      .flatMap((r) => r.CFRubricCriteria ?? [])
      .flatMap((c) => (c.CFItemURI ? [identifierKey(c.CFItemURI.identifier)] : [])),
  );
  const assessedDepths = new Set([...assessed].flatMap((key) => depthOf.get(key) ?? []));
  const choice: CompetencyChoice = wanted ?? {
    level: assessedDepths.size === 1 ? [...assessedDepths][0]! : Math.min(2, maxDepth),
  };
  const isCompetency = (placed: PlacedItem, depth: number) =>
    'itemType' in choice ? placed.item.CFItemType === choice.itemType : depth === choice.level;

  const areas: PlacedArea[] = [];
  const competencies = new Map<string, PlacedCompetency[]>();
  const statementsBelow = (key: string): PlacedStatement[] =>
    ordered(key).map((child) => ({ ...child, statements: statementsBelow(identifierKey(child.item.identifier)) }));
  const walk = (key: string, area: string | undefined, depth: number) => {
    for (const child of ordered(key)) {
      const childKey = identifierKey(child.item.identifier);
      if (isCompetency(child, depth)) {
        const areaKey = area ?? documentKey;
        competencies.set(areaKey, [
          ...(competencies.get(areaKey) ?? []),
          { ...child, statements: statementsBelow(childKey) },
        ]);
      } else {
        areas.push({ ...child, parent: area });
        walk(childKey, childKey, depth + 1);
      }
    }
  };
  walk(documentKey, undefined, 1);

  const unplaced = items.filter((item) => !depthOf.has(identifierKey(item.identifier)));
  if (unplaced.length > 0 && items.length > 0)
    issues.push({
      severity: 'warning',
      where: unplaced
        .slice(0, 5)
        .map((item) => describeItem(item, items.indexOf(item)))
        .join(', '),
      message: `${unplaced.length} item${unplaced.length > 1 ? 's are' : ' is'} not placed in the framework (no chain of "isChildOf" associations leads to the CFDocument) and ${unplaced.length > 1 ? 'were' : 'was'} not imported.`,
      hint: 'Place them in the source tool and export again if they belong to the framework.',
    });
  if (items.length === 0)
    issues.push({
      severity: 'error',
      where: 'CFItems',
      message: 'The package has no items: there is no framework to import.',
      hint: 'Export the whole framework (CFDocument with its CFItems and CFAssociations) from its CASE tool.',
    });
  else if (competencies.size === 0)
    issues.push({
      severity: 'error',
      where: 'CFItems',
      message:
        'itemType' in choice
          ? `No placed item has CFItemType "${choice.itemType}", so none can be a competency.`
          : `No placed item sits at level ${choice.level} (the framework is ${maxDepth} level${maxDepth === 1 ? '' : 's'} deep), so none can be a competency.`,
      hint: `Choose the competencies with --competency-level 1 to ${maxDepth} or --competency-type <CFItemType>.`,
    });
  return { areas, competencies, otherAssociations, choice, issues };
}
