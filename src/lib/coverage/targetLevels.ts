import type { Curriculum } from '../curriculum/curriculum';

/**
 * The level the engagement model expects of every customer-facing person, per competency id
 * (the highest when several models name one). A competency without a target is absent.
 */
export function targetLevels(curriculum: Curriculum): Map<string, number> {
  const targets = new Map<string, number>();
  for (const target of curriculum.models.flatMap((m) => m.defaultTargets)) {
    targets.set(target.competency, Math.max(targets.get(target.competency) ?? 0, target.level));
  }
  return targets;
}
