import { attemptOutcome } from '../lib/assessment/attemptOutcome';
import type { JourneyEvent } from '../lib/journey/journeyMachine';
import { fetchAnswerKey } from './fetchAnswerKey';
import { pageStorage, storageJournal } from './writeAheadJournal';

/**
 * An answer the learner submitted, noted (synchronously, in the write-ahead journal) before it is
 * graded: grading waits for the answer key, and a learner who leaves at once must not lose the
 * attempt. Whoever claims the note first records it: this page once graded, or a later page that
 * finds it left over and grades it there.
 */
export interface UngradedAttempt {
  /** Where the module's answer key is, in the language the learner answered in. */
  answers: string;
  moduleId: string;
  checkId: string;
  chosen: number[];
  optionCount: number;
  /** The page that noted it; a page still open grades its own attempts. */
  page: string;
}

/** A noted attempt's place in the journal, for claiming it. */
export interface AttemptNote {
  key: string;
  token: string;
}

/** Journal keys of ungraded attempts start with this. */
export const ATTEMPT_PREFIX = 'attempt:';
const LOCK_PREFIX = 'cohesion.page.';
const thisPage = crypto.randomUUID();
const journal = storageJournal(pageStorage());
let locked = false;

/** Holds a Web Lock named for this page while it is open, so other pages can tell it is alive. */
function holdPageLock(): void {
  if (locked || typeof navigator === 'undefined' || !navigator.locks) return;
  locked = true;
  void navigator.locks.request(LOCK_PREFIX + thisPage, () => new Promise<never>(() => {})).catch(() => {});
}

/** Notes a submitted answer before it is graded. */
export function noteAttempt(attempt: Omit<UngradedAttempt, 'page'>): AttemptNote {
  holdPageLock();
  const key = `${ATTEMPT_PREFIX}${attempt.moduleId}/${attempt.checkId}/${crypto.randomUUID()}`;
  return { key, token: journal.note(key, { ...attempt, page: thisPage } satisfies UngradedAttempt) };
}

/** Claims a noted attempt for recording: true for the first claimant only (or when nothing could be noted). */
export function claimAttempt(note: AttemptNote): boolean {
  return journal.settle(note.key, note.token);
}

/** The pages of this browser still open (each holds its lock); none known without Web Locks. */
async function openPages(): Promise<Set<string>> {
  const held = (await navigator.locks?.query().catch(() => undefined))?.held ?? [];
  return new Set(held.flatMap(({ name }) => (name?.startsWith(LOCK_PREFIX) ? [name.slice(LOCK_PREFIX.length)] : [])));
}

/**
 * Grades the attempts earlier pages noted but never recorded (the learner left before the key
 * arrived, or before the journey loaded) and sends each result to the journey once. An attempt
 * whose key cannot be fetched now (offline) stays noted for a later page; one whose check no
 * longer exists is dropped.
 */
export async function replayAttempts(
  left: ReadonlyArray<{ key: string; token: string; entry: unknown }>,
  send: (event: JourneyEvent) => void,
): Promise<void> {
  const open = await openPages();
  for (const { key, token, entry } of left) {
    const attempt = entry as UngradedAttempt;
    if (open.has(attempt.page)) continue;
    let outcome: ReturnType<typeof attemptOutcome>;
    try {
      const answer = (await fetchAnswerKey(attempt.answers)).checks[attempt.checkId];
      outcome = answer && attemptOutcome(answer, attempt.chosen, attempt.optionCount);
    } catch {
      continue;
    }
    if (!journal.settle(key, token) || !outcome) continue;
    const { moduleId, checkId, chosen } = attempt;
    const type = outcome.passed ? 'check.pass' : 'check.fail';
    send({ type, moduleId, checkId, chosen, ...(outcome.interaction && { interaction: outcome.interaction }) });
  }
}
