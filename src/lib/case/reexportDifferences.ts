import type { CaseImportIssue } from './caseImportIssue';
import type { CasePackage } from './casePackageSchema';
import { type FrameworkTree, identifierKey } from './frameworkTree';

interface Stamped {
  identifier: string;
  uri: string;
  lastChangeDateTime: string;
}

/**
 * What exporting the imported framework again would not reproduce, compared object by object with
 * the package it came from: identifiers Cohesion derives (associations, rubric parts), URIs,
 * per-object change times and the order of competencies within an area. Empty for a package
 * Cohesion exported itself.
 */
export function reexportDifferences(input: CasePackage, output: CasePackage, tree: FrameworkTree): CaseImportIssue[] {
  const pairs: Array<{ kind: string; before: Stamped; after: Stamped }> = [];
  const pair = (kind: string, before: Stamped | undefined, after: Stamped | undefined) => {
    if (before && after) pairs.push({ kind, before, after });
  };
  pair('CFDocument', input.CFDocument, output.CFDocument);
  const outputItems = new Map((output.CFItems ?? []).map((i) => [identifierKey(i.identifier), i]));
  for (const item of input.CFItems ?? []) pair('CFItems', item, outputItems.get(identifierKey(item.identifier)));

  const edge = (a: { originNodeURI: { identifier: string }; destinationNodeURI: { identifier: string } }) =>
    `${identifierKey(a.originNodeURI.identifier)}>${identifierKey(a.destinationNodeURI.identifier)}`;
  const outputEdges = new Map((output.CFAssociations ?? []).map((a) => [edge(a), a]));
  for (const association of (input.CFAssociations ?? []).filter((a) => a.associationType === 'isChildOf'))
    pair('CFAssociations', association, outputEdges.get(edge(association)));

  // A rubric part is the same one on export when it keeps its identifier, else the one assessing the same item.
  const outputRubrics = output.CFRubrics ?? [];
  const outputCriteria = new Map(
    outputRubrics.flatMap((r) =>
      (r.CFRubricCriteria ?? []).flatMap((c) => [
        [identifierKey(c.identifier), { rubric: r, criterion: c }] as const,
        ...(c.CFItemURI ? [[identifierKey(c.CFItemURI.identifier), { rubric: r, criterion: c }] as const] : []),
      ]),
    ),
  );
  for (const rubric of input.CFRubrics ?? []) {
    const criteria = (rubric.CFRubricCriteria ?? []).map((c) => {
      const found =
        outputCriteria.get(identifierKey(c.identifier)) ??
        (c.CFItemURI && outputCriteria.get(identifierKey(c.CFItemURI.identifier)));
      return { before: c, after: found?.criterion, rubric: found?.rubric };
    });
    pair('CFRubrics', rubric, criteria.find((c) => c.rubric)?.rubric);
    for (const { before, after } of criteria) {
      pair('CFRubricCriteria', before, after);
      for (const level of before.CFRubricCriterionLevels ?? [])
        pair(
          'CFRubricCriterionLevels',
          level,
          after?.CFRubricCriterionLevels?.find((l) => l.score === level.score),
        );
    }
  }

  const issues: CaseImportIssue[] = [];
  const count = (differs: (p: (typeof pairs)[number]) => boolean) => {
    const byKind = new Map<string, number>();
    for (const p of pairs.filter(differs)) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
    return [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
  };
  const renamed = count((p) => identifierKey(p.before.identifier) !== identifierKey(p.after.identifier));
  if (renamed)
    issues.push({
      severity: 'warning',
      where: 'identifiers',
      message: `New identifiers on export for ${renamed}: Cohesion derives them from the framework's identifier and ids.`,
      hint: 'This only matters to systems that refer to these objects by identifier; the document, areas and competencies keep theirs.',
    });
  const moved = count(
    (p) => identifierKey(p.before.identifier) === identifierKey(p.after.identifier) && p.before.uri !== p.after.uri,
  );
  if (moved)
    issues.push({
      severity: 'warning',
      where: 'uri',
      message: `Different URIs on export for ${moved}: Cohesion writes case.uriBase followed by the identifier.`,
      hint: 'Set case.uriBase in content/framework.yaml if your URIs share another prefix.',
    });
  const restamped = count((p) => p.before.lastChangeDateTime !== p.after.lastChangeDateTime);
  if (restamped)
    issues.push({
      severity: 'warning',
      where: 'lastChangeDateTime',
      message: `Another lastChangeDateTime on export for ${restamped}: Cohesion gives every object the framework's case.lastChangeDateTime.`,
      hint: 'Update case.lastChangeDateTime in content/framework.yaml whenever you change the framework.',
    });

  const reordered = tree.areas.filter(({ item }) => {
    const before = (tree.competencies.get(identifierKey(item.identifier)) ?? []).map((c) =>
      identifierKey(c.item.identifier),
    );
    const after = (output.CFAssociations ?? [])
      .filter((a) => identifierKey(a.destinationNodeURI.identifier) === identifierKey(item.identifier))
      .map((a) => identifierKey(a.originNodeURI.identifier));
    return before.join() !== after.join();
  });
  if (reordered.length > 0)
    issues.push({
      severity: 'warning',
      where: reordered.map((a) => a.where).join(', '),
      message: "Cohesion lists the competencies of an area by name, not in the framework's own order.",
      hint: 'Nothing to do: pages and exports show them by name.',
    });
  return issues;
}
