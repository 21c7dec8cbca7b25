import type { CaseImportIssue } from './caseImportIssue';
import type { CasePackage, CfItem } from './casePackageSchema';

/** A CFItem with its place in the package and where messages should point. */
export interface PlacedItem {
  item: CfItem;
  /** `CFItems[3] "Negotiation"`. */
  where: string;
  /** Its isChildOf sequenceNumber, when the package gives one. */
  sequence: number | undefined;
}

/** The two levels Cohesion keeps: areas in order, and each area's competencies in order. */
export interface FrameworkTree {
  areas: PlacedItem[];
  /** Keyed by the area's identifier in lower case. */
  competencies: Map<string, PlacedItem[]>;
  issues: CaseImportIssue[];
}

/** Identifiers compare without regard to case: CASE tools differ in how they write hex digits. */
export const identifierKey = (identifier: string) => identifier.toLowerCase();

/** How messages name an item. */
export const describeItem = (item: CfItem, index: number) =>
  `CFItems[${index}] "${item.abbreviatedStatement ?? item.fullStatement.slice(0, 60)}"`;

/**
 * Reads the framework's shape from its "isChildOf" associations: items directly under the document
 * are areas, their children competencies. Items a rubric criterion assesses count as competencies
 * wherever they sit. Errors for items with no area, items outside the tree or deeper than two
 * levels, and duplicate identifiers; warnings for associations Cohesion has no place for.
 */
export function frameworkTree(pkg: CasePackage): FrameworkTree {
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
        where: describeItem(item, index),
        message: `Same identifier as ${describeItem(earlier.item, earlier.index)}: ${item.identifier}.`,
        hint: 'Every CFItem needs its own identifier; export the framework again from its source tool.',
      });
    else byKey.set(key, { item, index });
  });
  const assessed = new Set(
    (pkg.CFRubrics ?? [])
      .flatMap((r) => r.CFRubricCriteria ?? [])
      .flatMap((c) => (c.CFItemURI ? [identifierKey(c.CFItemURI.identifier)] : [])),
  );

  const parentOf = new Map<string, { parent: string; sequence: number | undefined }>();
  const outside: string[] = [];
  const otherTypes = new Map<string, number>();
  (pkg.CFAssociations ?? []).forEach((association, i) => {
    if (association.associationType !== 'isChildOf') {
      otherTypes.set(association.associationType, (otherTypes.get(association.associationType) ?? 0) + 1);
      return;
    }
    const child = identifierKey(association.originNodeURI.identifier);
    const parent = identifierKey(association.destinationNodeURI.identifier);
    if (!byKey.has(child) || (parent !== documentKey && !byKey.has(parent))) {
      outside.push(`CFAssociations[${i}]`);
      return;
    }
    const earlier = parentOf.get(child);
    if (!earlier) parentOf.set(child, { parent, sequence: association.sequenceNumber });
    else if (earlier.parent !== parent) {
      const { item, index } = byKey.get(child)!;
      issues.push({
        severity: 'warning',
        where: describeItem(item, index),
        message: 'The item sits in more than one place of the framework; Cohesion keeps the first.',
        hint: 'Check that the area it was given is the right one.',
      });
    }
  });
  for (const [type, count] of otherTypes) {
    issues.push({
      severity: 'warning',
      where: 'CFAssociations',
      message: `${count} "${type}" association${count > 1 ? 's were' : ' was'} not imported: Cohesion keeps only the "isChildOf" tree.`,
      hint: 'Nothing to do unless you relied on them; module prerequisites express order between competencies in Cohesion.',
    });
  }
  if (outside.length > 0) {
    issues.push({
      severity: 'warning',
      where: outside.join(', '),
      message: 'These "isChildOf" associations link to items that are not in this package, so they were not imported.',
      hint: 'Export the whole framework as one package if those items belong to it.',
    });
  }

  const areas: PlacedItem[] = [];
  const competencies = new Map<string, PlacedItem[]>();
  const noArea = {
    severity: 'error' as const,
    hint: 'Place the item under an area (an item that is a child of the document) in the source tool, then export it again.',
  };
  items.forEach((item, index) => {
    const key = identifierKey(item.identifier);
    if (byKey.get(key)?.index !== index) return;
    const where = describeItem(item, index);
    const ancestors = ancestorsOf(key, parentOf, documentKey);
    const sequence = parentOf.get(key)?.sequence;
    if (ancestors === 'detached') {
      issues.push({
        ...noArea,
        where,
        message:
          'The item is not placed in the framework: no chain of "isChildOf" associations leads from it to the CFDocument.',
      });
    } else if (ancestors === 'cycle') {
      issues.push({ ...noArea, where, message: 'The item\'s "isChildOf" associations form a loop.' });
    } else if (ancestors.length === 0) {
      if (assessed.has(key))
        issues.push({
          ...noArea,
          where,
          message: 'This competency has no area: it is a direct child of the document.',
        });
      else areas.push({ item, where, sequence });
    } else if (ancestors.length === 1 && !assessed.has(ancestors[0]!)) {
      const list = competencies.get(ancestors[0]!) ?? [];
      competencies.set(ancestors[0]!, [...list, { item, where, sequence }]);
    } else if (!ancestors.some((a) => assessed.has(a) && parentOf.get(a)?.parent === documentKey)) {
      const competency = byKey.get(ancestors[ancestors.length - 2]!)!;
      issues.push({
        severity: 'error',
        where,
        message: `The item sits below the competency ${describeItem(competency.item, competency.index)}; Cohesion frameworks have two levels, areas and competencies.`,
        hint: 'Flatten the framework in the source tool (or drop these sub-items), then export it again.',
      });
    }
  });

  // Numbered items first, by number; the sort is stable, so the rest keep the package's order.
  const bySequence = (a: PlacedItem, b: PlacedItem) =>
    (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER);
  areas.sort(bySequence);
  for (const list of competencies.values()) list.sort(bySequence);
  return { areas, competencies, issues };
}

/** The item's ancestors below the document, nearest first; or why there is no such chain. */
function ancestorsOf(
  key: string,
  parentOf: Map<string, { parent: string }>,
  documentKey: string,
): string[] | 'detached' | 'cycle' {
  const chain: string[] = [];
  let current = parentOf.get(key)?.parent;
  while (current !== documentKey) {
    if (current === undefined) return 'detached';
    if (current === key || chain.includes(current)) return 'cycle';
    chain.push(current);
    current = parentOf.get(current)?.parent;
  }
  return chain;
}
