import type { LearnerCount } from './workforceReportSchema.ts';

/**
 * Suppresses a row of learner counts whose total is published (e.g. learners per level of one
 * competency, which add up to the population). A count from 1 to `minGroup − 1` is hidden
 * ("fewer-than-minimum"); then, because the total minus the shown counts gives the sum of the hidden
 * ones, more counts are hidden, smallest first ("complementary"), until the hidden counts together
 * hold at least `minGroup` learners, so no hidden count can be worked out or pinned to a few people.
 * Zero is shown: it singles no one out.
 */
export function suppressRow(counts: readonly number[], minGroup: number): LearnerCount[] {
  const cells: LearnerCount[] = counts.map((count) => (count > 0 && count < minGroup ? { count: null, suppressed: 'fewer-than-minimum' } : { count, suppressed: null }));
  const hiddenSum = () => counts.reduce((sum, count, i) => sum + (cells[i]!.suppressed === null ? 0 : count), 0);
  while (hiddenSum() > 0 && hiddenSum() < minGroup) {
    let next = -1;
    counts.forEach((count, i) => {
      if (cells[i]!.suppressed === null && count > 0 && (next === -1 || count < counts[next]!)) next = i;
    });
    if (next === -1) break;
    cells[next] = { count: null, suppressed: 'complementary' };
  }
  return cells;
}
