import type { CheckInteraction } from '../progress/checkInteraction';
import type { ArrangementCheckAnswer, CheckAnswer } from './answerKey';
import { gradeArrangement } from './gradeArrangement';
import { gradeCheck } from './gradeCheck';

/** What an attempt at a check amounts to for the learner's record: passed or not, and the interaction to record. */
export interface AttemptOutcome {
  passed: boolean;
  interaction?: CheckInteraction;
}

/**
 * Grades one submitted answer against its check's key, as the page would have: `chosen` are the
 * options picked (choice checks, out of `optionCount`), or the arrangement given (ordering and
 * matching). Free-text checks are marked by the learner, never graded from a key: undefined.
 */
export function attemptOutcome(
  key: CheckAnswer,
  chosen: readonly number[],
  optionCount: number,
): AttemptOutcome | undefined {
  if (key.type === 'free-text') return undefined;
  if (key.type === 'single' || key.type === 'multiple') return { passed: gradeCheck(key, chosen, optionCount).passed };
  const { type, correct, optionCount: count } = key as ArrangementCheckAnswer;
  return {
    passed: gradeArrangement(correct, chosen).passed,
    interaction: { kind: type, correct, optionCount: count },
  };
}
