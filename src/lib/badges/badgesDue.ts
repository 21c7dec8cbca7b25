import type { BadgeAchievement } from './badgeAchievementsSchema.ts';

/**
 * The achievements a learner's levels have reached: for each competency, every level from 1 up to
 * the learner's current one (reaching Proficient means having reached Aware and Practising too).
 */
export function badgesDue(
  levels: Readonly<Record<string, number>>,
  achievements: readonly BadgeAchievement[],
): BadgeAchievement[] {
  return achievements.filter((a) => a.level <= (levels[a.competency] ?? 0));
}
