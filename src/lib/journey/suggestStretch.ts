import { journeyModuleIds } from './journeyModuleIds';
import { type JourneyTarget, planJourney } from './planJourney';
import type { PlannerCurriculum } from './plannerCurriculum';

/** A next goal for a learner with nothing left to learn towards their target. */
export interface Stretch {
  target: JourneyTarget;
  modules: number;
  minutes: number;
}

/**
 * Stretch goals once every target is met: the learning paths that still hold something to learn
 * (fewest modules first), then the next level of the competency the learner stands lowest in.
 * At most `limit` goals; empty only when the learner is at the top of every competency.
 */
export function suggestStretch(
  curriculum: PlannerCurriculum,
  levels: Readonly<Record<string, number>>,
  done: readonly string[],
  limit = 3,
): Stretch[] {
  const measure = (target: JourneyTarget): Stretch => {
    const journey = planJourney(curriculum, { levels, target, done });
    return { target, modules: journeyModuleIds(journey).length, minutes: journey.totalMinutes };
  };
  const paths = curriculum.paths
    .map((p) => measure({ kind: 'path', pathId: p.id }))
    .filter((s) => s.modules > 0)
    .sort((a, b) => a.modules - b.modules);
  const top = Math.max(...curriculum.scale.map((l) => l.level));
  const lowest = [...curriculum.competencies]
    .map((c) => ({ id: c.id, level: levels[c.id] ?? 0 }))
    .filter((c) => c.level < top)
    .sort((a, b) => a.level - b.level || a.id.localeCompare(b.id))
    .map((c) => measure({ kind: 'competency', competency: c.id, level: c.level + 1 }))
    .find((s) => s.modules > 0);
  return [...paths.slice(0, lowest ? limit - 1 : limit), ...(lowest ? [lowest] : [])];
}
