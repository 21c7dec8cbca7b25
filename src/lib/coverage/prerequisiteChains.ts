import type { Curriculum } from '../curriculum/curriculum';

/**
 * For each module, the longest chain of prerequisites a learner must take in a row to reach it,
 * as module ids from the first prerequisite to the module itself (`['intro', 'deeper']`).
 * Unknown prerequisite ids are ignored; a cycle (refused by the content check) is cut where it closes.
 */
export function prerequisiteChains(curriculum: Curriculum): Map<string, string[]> {
  const prerequisites = new Map(curriculum.modules.map((m) => [m.id, m.prerequisites] as const));
  const chains = new Map<string, string[]>();
  const visiting = new Set<string>();

  const chainTo = (id: string): string[] => {
    const known = chains.get(id);
    if (known) return known;
    if (visiting.has(id)) return [];
    visiting.add(id);
    let longest: string[] = [];
    for (const pre of prerequisites.get(id) ?? []) {
      if (!prerequisites.has(pre)) continue;
      const chain = chainTo(pre);
      // Ties go to the first prerequisite listed, so the result is deterministic.
      if (chain.length > longest.length) longest = chain;
    }
    visiting.delete(id);
    const chain = [...longest, id];
    chains.set(id, chain);
    return chain;
  };

  for (const id of prerequisites.keys()) chainTo(id);
  return chains;
}
