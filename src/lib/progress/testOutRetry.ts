import type { LearningStatement } from './statements.ts';
import { activityId, EXTENSIONS, VERBS } from './xapiIds.ts';

/** How long a failed test-out waits before another attempt, unless the learner studies the module first. */
export const TEST_OUT_WAIT_MS = 24 * 60 * 60 * 1000;

/** Whether the learner may take a module's test-out now, and if not, since when and until when it waits. */
export type TestOutRetry = { allowed: true } | { allowed: false; failedAt: string; retryFrom: string };

/**
 * One test-out attempt counts: after a failed one, the next waits until the learner has studied
 * the module (answered one of its knowledge checks on the module page, or completed it) or a day
 * has passed. Read from the learning-event log alone, so it holds across reloads and devices.
 */
export function testOutRetry(log: readonly LearningStatement[], moduleId: string, now: Date): TestOutRetry {
  const module = activityId.module(moduleId);
  const checkPrefix = `${module}:check:`;
  const idOf = (s: LearningStatement) => ('id' in s.object ? String(s.object.id) : '');
  const failedAt = log
    .filter(
      (s) => idOf(s) === module && s.verb.id === VERBS.failed.id && s.result?.extensions?.[EXTENSIONS.testOut] === true,
    )
    .map((s) => s.timestamp)
    .sort()
    .at(-1);
  if (!failedAt) return { allowed: true };
  const studied = log.some(
    (s) =>
      s.timestamp > failedAt &&
      ((s.verb.id === VERBS.answered.id && idOf(s).startsWith(checkPrefix)) ||
        (s.verb.id === VERBS.completed.id && idOf(s) === module)),
  );
  const retryFrom = new Date(Date.parse(failedAt) + TEST_OUT_WAIT_MS);
  if (studied || now >= retryFrom) return { allowed: true };
  return { allowed: false, failedAt, retryFrom: retryFrom.toISOString() };
}
