import { type Card, createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { liveStatements } from '../progress/liveStatements.ts';
import type { LearningStatement } from '../progress/statements.ts';
import { ACTIVITY_PATTERNS, EXTENSIONS, VERBS } from '../progress/xapiIds.ts';

/** One review of a card, as the log records it. */
export interface ReviewOutcome {
  at: string;
  passed: boolean;
}

/** A knowledge check the learner has passed, scheduled for spaced retrieval. */
export interface ReviewCard {
  moduleId: string;
  checkId: string;
  /** The FSRS card after replaying its history: `due`, `lapses`, `reps`, `state`… */
  card: Card;
  /** When the check was first passed (the card's first retrieval). */
  passedAt: string;
  /** The reviews since, oldest first (the first pass not included). */
  reviews: ReviewOutcome[];
}

/**
 * FSRS as ts-fsrs ships it, with two choices: no fuzz, so a schedule is a pure function of the log;
 * no short-term steps, so a card first falls due days after the pass, not minutes (a learner who
 * just passed a check has just retrieved it).
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

/**
 * The rating a review earns: from correctness alone, `Good` when right and `Again` when wrong
 * (a check answered by choosing cannot tell "hard" from "easy" honestly; time taken would mostly
 * measure reading speed). The first pass of a check rates `Good` too.
 */
export const ratingOf = (passed: boolean): Rating.Good | Rating.Again => (passed ? Rating.Good : Rating.Again);

const isReview = (s: LearningStatement) => s.context?.extensions?.[EXTENSIONS.review] === true;

/**
 * Every knowledge check passed in the log, as a review card scheduled by FSRS: the card starts
 * at the check's first passing `answered` statement, then replays each later review (an `answered`
 * statement marked `EXTENSIONS.review`) in timestamp order, ties broken by statement id. Answers
 * given outside a review after the first pass (trying the module again) leave the card alone.
 * A pure function of the log: the same on every device holding the same statements, merged in
 * any order. Cards are listed by module, then check.
 */
export function reviewSchedule(log: readonly LearningStatement[]): ReviewCard[] {
  const cards = new Map<string, ReviewCard>();
  for (const s of liveStatements(log)) {
    if (s.verb.id !== VERBS.answered.id) continue;
    const check = ACTIVITY_PATTERNS.check.exec(String((s.object as { id: string }).id));
    if (!check) continue;
    const [, moduleId, checkId] = check as unknown as [string, string, string];
    const key = `${moduleId}\u0000${checkId}`;
    const at = new Date(s.timestamp);
    if (Number.isNaN(at.getTime())) continue;
    const passed = s.result?.success === true;
    const existing = cards.get(key);
    if (!existing) {
      // Only a pass makes a card; a review of a check never passed here (a foreign log) is not one.
      if (!passed || isReview(s)) continue;
      const card = scheduler.next(createEmptyCard(at), at, ratingOf(true)).card;
      cards.set(key, { moduleId, checkId, card, passedAt: s.timestamp, reviews: [] });
    } else if (isReview(s)) {
      existing.card = scheduler.next(existing.card, at, ratingOf(passed)).card;
      existing.reviews.push({ at: s.timestamp, passed });
    }
  }
  return [...cards.values()].sort((a, b) => a.moduleId.localeCompare(b.moduleId) || a.checkId.localeCompare(b.checkId));
}
