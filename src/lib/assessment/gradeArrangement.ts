/** The outcome of one attempt at an ordering or matching check. */
export interface ArrangementGrade {
  passed: boolean;
  /** Per position (ordering) or item (matching): is the learner's answer there right? */
  right: boolean[];
  rightCount: number;
  total: number;
}

/**
 * Grades an ordering or matching answer position by position: `given[i]` against `correct[i]`
 * (the step placed i-th, or the option chosen for item i; -1 for none). It passes when all are right.
 */
export function gradeArrangement(correct: readonly number[], given: readonly number[]): ArrangementGrade {
  const right = correct.map((c, i) => given[i] === c);
  const rightCount = right.filter(Boolean).length;
  return { passed: rightCount === correct.length, right, rightCount, total: correct.length };
}
