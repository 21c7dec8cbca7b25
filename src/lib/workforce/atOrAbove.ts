import type { LearnerCount } from './workforceReportSchema.ts';

/**
 * Learners at each level or above, from the exact counts per level (index = level, 0 first) and
 * their suppressed cells. A figure is shown only when the shown exact counts already determine it
 * (every level from it upwards shown, or every level below it shown, the total being known), so it
 * never reveals more than the row does; otherwise it is hidden as "complementary".
 */
export function atOrAbove(counts: readonly number[], cells: readonly LearnerCount[]): LearnerCount[] {
  const shown = (from: number, to: number) => cells.slice(from, to).every((c) => c.suppressed === null);
  return counts.map((_, level) => {
    const count = counts.slice(level).reduce((a, b) => a + b, 0);
    return shown(level, counts.length) || shown(0, level)
      ? { count, suppressed: null }
      : { count: null, suppressed: 'complementary' };
  });
}
