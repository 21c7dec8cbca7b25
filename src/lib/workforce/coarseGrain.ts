import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { isoWeekMonth } from './isoWeek.ts';

/** Answers of the coarse "levels merged" grain: below the competency's target, or at or above it. */
export const BELOW_TARGET = 0;
export const AT_OR_ABOVE_TARGET = 1;
/** Answers of the "all competencies together" grain: at target in none, some or all competencies. */
export const AT_TARGET_IN_NONE = 0;
export const AT_TARGET_IN_SOME = 1;
export const AT_TARGET_IN_ALL = 2;

/** The months of a weekly series, oldest first: each month (`YYYY-MM`) with the index of its last week in the series. */
export function monthsOf(weeks: readonly string[]): Array<{ month: string; week: number }> {
  const months: Array<{ month: string; week: number }> = [];
  weeks.forEach((week, t) => {
    const month = isoWeekMonth(week);
    if (months.at(-1)?.month === month) months.at(-1)!.week = t;
    else months.push({ month, week: t });
  });
  return months;
}

/**
 * The level each competency's "at or above target" counts from: the engagement model's target
 * (`defaultTargets`), or the first level of the scale for a competency the model sets no target for.
 */
export function targetLevels(curriculum: Pick<PlannerCurriculum, 'competencies' | 'defaultTargets'>): number[] {
  return curriculum.competencies.map((c) => curriculum.defaultTargets.find((t) => t.competency === c.id)?.level ?? 1);
}

/**
 * A learner's answers at the coarse grain, from their fine answers (level per week of the series,
 * then now): levels merged at the end of each month, then now. Every coarse answer is a function of
 * a fine one, so a class of the fine figures is never split by a coarse figure it already shows.
 */
export function mergedLevels(
  fine: readonly number[],
  months: ReadonlyArray<{ week: number }>,
  target: number,
): number[] {
  const row = [...fine];
  appendMergedLevels(row, fine.length, months, target);
  return row.slice(fine.length);
}

/** `mergedLevels` written into `row` after its first `fine` answers (now the last of them), for a caller that makes one array per learner. */
export function appendMergedLevels(
  row: number[],
  fine: number,
  months: ReadonlyArray<{ week: number }>,
  target: number,
): void {
  for (let m = 0; m < months.length; m++)
    row[fine + m] = row[months[m]!.week]! >= target ? AT_OR_ABOVE_TARGET : BELOW_TARGET;
  row[fine + months.length] = row[fine - 1]! >= target ? AT_OR_ABOVE_TARGET : BELOW_TARGET;
}

/** A learner's "all competencies together" answer: at target in none, some or all of `competencies`. */
export function atTargetIn(atTarget: number, competencies: number): number {
  return atTarget === 0 ? AT_TARGET_IN_NONE : atTarget === competencies ? AT_TARGET_IN_ALL : AT_TARGET_IN_SOME;
}
