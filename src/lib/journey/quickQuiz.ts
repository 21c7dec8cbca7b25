import type { LearningStatement } from '../progress/statements';
import { testOutRetry } from '../progress/testOutRetry';
import { testOutHref } from './testOutHref';

/** Where one module of a quick quiz stands: tested out (or done), its retry still waiting, or open to try. */
export type QuickQuizStanding = 'testedOut' | 'waiting' | 'open';

/**
 * Each module's standing, from what the learner has done (`done`: completed or tested out) and the
 * learning-event log (a failed test-out waits, `testOutRetry`).
 */
export function quickQuizStanding(
  log: readonly LearningStatement[],
  done: readonly string[],
  now: Date,
): (moduleId: string) => QuickQuizStanding {
  return (moduleId) =>
    done.includes(moduleId) ? 'testedOut' : testOutRetry(log, moduleId, now).allowed ? 'open' : 'waiting';
}

/** Minutes a test-out takes per knowledge check, for the estimate shown before the quiz starts. */
export const QUICK_QUIZ_MINUTES_PER_CHECK = 1;

/** The query parameter that carries a quick quiz's queue from one module's test-out to the next. */
export const QUICK_QUIZ_PARAM = 'quiz';

/** The address (under `base`, where the pages of the learner's locale start) of a quick quiz's test-out of `moduleId`, carrying the whole queue. */
export function quickQuizHref(queue: readonly string[], moduleId: string, base = '/'): string {
  return testOutHref(moduleId, base, new URLSearchParams({ [QUICK_QUIZ_PARAM]: queue.join(',') }));
}

/**
 * The queue carried in a test-out page's address: known module ids in order, each once. Unknown
 * ids are dropped (an old link after a curriculum change); no queue unless `current` is in it.
 */
export function parseQuickQuiz(search: string, current: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get(QUICK_QUIZ_PARAM) ?? '';
  const queue = [
    ...new Set(
      raw
        .split(',')
        .map((id) => id.trim())
        .filter((id) => known.has(id)),
    ),
  ];
  return queue.includes(current) ? queue : [];
}

/** About how long a quick quiz of these modules takes, in whole minutes (at least one per module). */
export function quickQuizMinutes(modules: ReadonlyArray<{ checks: readonly string[] }>): number {
  return modules.reduce((n, m) => n + Math.max(1, m.checks.length * QUICK_QUIZ_MINUTES_PER_CHECK), 0);
}

/** What follows `current` in a quick quiz: the next module open to try, and those skipped on the way because their retry waits. */
export interface QuickQuizNext {
  next: string | null;
  skipped: string[];
}

/**
 * The step after `current`: the first later module still open to test out. Modules whose retry
 * is still waiting are skipped (and named, so the learner is told); modules already tested out
 * or done are passed over silently.
 */
export function quickQuizNext(
  queue: readonly string[],
  current: string,
  standingOf: (moduleId: string) => QuickQuizStanding,
): QuickQuizNext {
  const skipped: string[] = [];
  for (const id of queue.slice(queue.indexOf(current) + 1)) {
    const standing = standingOf(id);
    if (standing === 'open') return { next: id, skipped };
    if (standing === 'waiting') skipped.push(id);
  }
  return { next: null, skipped };
}

/** The end of a quick quiz: the modules tested out, and those that stay in the journey to study. */
export interface QuickQuizSummary {
  testedOut: string[];
  remaining: string[];
}

/** Sums up a quick quiz once no module is left to try: what was tested out, and what stays in the journey. */
export function quickQuizSummary(
  queue: readonly string[],
  standingOf: (moduleId: string) => QuickQuizStanding,
): QuickQuizSummary {
  const testedOut = queue.filter((id) => standingOf(id) === 'testedOut');
  return { testedOut, remaining: queue.filter((id) => !testedOut.includes(id)) };
}
