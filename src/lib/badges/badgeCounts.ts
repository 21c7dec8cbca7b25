import { suppressLinkedCells } from '../workforce/suppressLinkedCells.ts';

/** An active (unrevoked) badge: who holds which competency at which level. */
export interface HeldBadge {
  learner: string;
  competency: string;
  level: number;
}

/** Learners holding each competency's badge at each level; null when the small-group rule hides the figure. */
export interface BadgeCount {
  competency: string;
  holders: Array<{ level: number; learners: number | null }>;
}

/**
 * Badge holders per competency and level for the workforce view, under its small-group rule: per
 * competency, each badge holder's highest active level is counted as the workforce counts levels
 * (`suppressLinkedCells` to k-anonymity, `minGroup`), and the holders of a level are the sum of the
 * shown counts at it and above, or null when any of those is hidden, so no figure or difference of
 * figures singles out fewer than `minGroup` learners.
 */
export function badgeCounts(
  held: readonly HeldBadge[],
  competencies: readonly string[],
  levels: readonly number[],
  minGroup: number,
): BadgeCount[] {
  const learners = [...new Set(held.map((b) => b.learner))].sort();
  const top = Math.max(0, ...levels);
  return competencies.map((competency) => {
    const highest = new Map<string, number>();
    for (const b of held)
      if (b.competency === competency) highest.set(b.learner, Math.max(highest.get(b.learner) ?? 0, b.level));
    const { counts, suppressed } = suppressLinkedCells(
      {
        blocks: learners.map(() => 0),
        answers: learners.map((l) => [highest.get(l) ?? 0]),
        times: 1,
        values: top + 1,
      },
      [{ blocks: [0] }],
      // Fewer holders than the minimum in all: the only filter (everyone) is withheld, as the workforce withholds a small population.
      [learners.length === 0 || learners.length >= minGroup],
      minGroup,
    );
    const count = counts[0]![0]!;
    const hidden = suppressed[0]![0]!;
    return {
      competency,
      holders: levels.map((level) => {
        const atOrAbove = count.slice(level);
        return {
          level,
          learners: hidden.slice(level).some((h) => h !== null) ? null : atOrAbove.reduce((a, b) => a + b, 0),
        };
      }),
    };
  });
}
