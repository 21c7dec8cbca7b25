import { REFLECTION_MESSAGES } from './bindReflections';

/** The messages an ordering or matching check needs; shipped with the other checks' (`CHECK_MESSAGES`). */
export const ARRANGEMENT_MESSAGES = [
  'check.moved',
  'check.matchAll',
  'check.placeRight',
  'check.placeWrong',
  'check.arrangedRight',
  'check.orderingMissed',
  'check.matchingMissed',
  'check.answerShown',
  'check.onceMissed',
  'check.notGraded',
] as const;

/** What a single- or multiple-choice check says once answered. */
export const CHOICE_MESSAGES = [
  'check.verdict.correct-answer',
  'check.verdict.correct',
  'check.verdict.wrong',
  'check.chooseFirst',
  'check.passed',
  'check.singleMissed',
  'check.multipleMissed',
  'check.multipleMissedWrong',
  'check.onceMarked',
  'check.notGraded',
] as const;

/** What a free-text check says: the learner's answer is saved like a reflection. */
export const FREE_TEXT_MESSAGES = [
  ...REFLECTION_MESSAGES,
  'check.writeFirst',
  'check.modelUnavailable',
  'check.markedPass',
  'check.markedFail',
] as const;

/**
 * Every message a page's knowledge checks may show (only their types reach the browser code);
 * KnowledgeCheck.astro ships each kind's once per page (`<ClientMessages>`), for the kinds the page has.
 */
export const CHECK_MESSAGES = [...CHOICE_MESSAGES, ...FREE_TEXT_MESSAGES, ...ARRANGEMENT_MESSAGES] as const;
