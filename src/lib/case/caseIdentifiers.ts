import { v5 } from 'uuid';

/** The two kinds of CFItem Cohesion exchanges. */
export type CaseItemKind = 'area' | 'competency';

/**
 * Deterministic CASE identifiers for one framework: UUID v5 names under the framework's own
 * document identifier, so the same content always exports the same identifiers and two frameworks
 * never share one.
 */
export function caseIdentifiers(documentIdentifier: string) {
  // The namespace goes in as bytes: uuid's string check refuses the version-0 identifiers some
  // CASE tools issue (00000000-0000-0000-0000-000000000001), which are still valid identifiers.
  const namespace = Uint8Array.from(documentIdentifier.replace(/-/g, '').match(/../g)!, (hex) => parseInt(hex, 16));
  const derive = (name: string) => v5(name, namespace);
  return {
    item: (kind: CaseItemKind, id: string) => derive(`${kind}:${id}`),
    itemType: (kind: CaseItemKind) => derive(`item-type:${kind}`),
    association: (origin: string, destination: string) => derive(`isChildOf:${origin}:${destination}`),
    rubric: () => derive('rubric:proficiency-scale'),
    criterion: (itemIdentifier: string) => derive(`criterion:${itemIdentifier}`),
    level: (criterionIdentifier: string, level: number) => derive(`level:${criterionIdentifier}:${level}`),
  };
}

/** The identifier derivations of one framework (see caseIdentifiers). */
export type CaseIdentifiers = ReturnType<typeof caseIdentifiers>;
