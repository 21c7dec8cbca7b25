import type { LearningStatement, Stamp } from '../progress/statements.ts';
import { statements } from '../progress/statements.ts';

const DAY = 86_400_000;

/** Test helper: a learner whose every statement is stamped at a chosen day (and minute) after `start`, ids counting up. */
export function reviewTestLog(start = '2026-11-01T09:00:00.000Z') {
  let n = 0;
  const origin = Date.parse(start);
  const stampAt = (days: number, id?: string): Stamp => ({
    actor: { objectType: 'Agent', account: { homePage: 'https://learner.cohesion.invalid', name: 'l' } },
    id: () => id ?? `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now: () => new Date(origin + days * DAY).toISOString(),
  });
  return {
    /** The moment `days` after the start. */
    day: (days: number) => new Date(origin + days * DAY),
    pass: (days: number, moduleId: string, checkId: string, id?: string): LearningStatement =>
      statements.answeredCheck(stampAt(days, id), moduleId, checkId, true, [0]),
    fail: (days: number, moduleId: string, checkId: string, id?: string): LearningStatement =>
      statements.answeredCheck(stampAt(days, id), moduleId, checkId, false, [1]),
    review: (days: number, moduleId: string, checkId: string, passed: boolean, id?: string): LearningStatement =>
      statements.reviewedCheck(stampAt(days, id), moduleId, checkId, passed, passed ? [0] : [1]),
  };
}
