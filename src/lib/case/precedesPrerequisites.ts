import type { CaseIdentifiers } from './caseIdentifiers';
import { identifierKey } from './frameworkTree';

/** A module prerequisite a "precedes" association suggests: `module` should list `prerequisite`. */
export interface SuggestedPrerequisite {
  module: string;
  prerequisite: string;
  /** The competencies the association orders, earlier first. */
  because: [string, string];
}

interface Association {
  associationType: string;
  originNodeURI: { identifier: string };
  destinationNodeURI: { identifier: string };
}

/**
 * Where a "precedes" association between two competencies fits Cohesion: every module developing
 * the later competency should list, as prerequisite, the modules developing the earlier one. Returns
 * the prerequisites the modules do not list yet (none when no module develops either competency).
 */
export function precedesPrerequisites(
  associations: readonly Association[],
  competencies: ReadonlyArray<{ id: string; caseIdentifier?: string }>,
  modules: ReadonlyArray<{
    id: string;
    develops: ReadonlyArray<{ competency: string }>;
    prerequisites: readonly string[];
  }>,
  derived: Pick<CaseIdentifiers, 'item'>,
): SuggestedPrerequisite[] {
  const competencyOf = new Map(
    competencies.map((c) => [identifierKey(c.caseIdentifier ?? derived.item('competency', c.id)), c.id]),
  );
  const developing = (competency: string) => modules.filter((m) => m.develops.some((d) => d.competency === competency));
  return associations.flatMap((association) => {
    if (association.associationType !== 'precedes') return [];
    const earlier = competencyOf.get(identifierKey(association.originNodeURI.identifier));
    const later = competencyOf.get(identifierKey(association.destinationNodeURI.identifier));
    if (!earlier || !later || earlier === later) return [];
    return developing(later).flatMap((module) =>
      developing(earlier)
        .filter((first) => first.id !== module.id && !module.prerequisites.includes(first.id))
        .map((first) => ({ module: module.id, prerequisite: first.id, because: [earlier, later] as [string, string] })),
    );
  });
}
