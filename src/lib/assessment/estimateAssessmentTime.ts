import type { AssessmentBank } from '../curriculum/assessmentBankSchema';
import { countWords } from '../curriculum/countWords';
import { levelIsSettled } from './levelIsSettled';

/** Careful reading of a question and every one of its options before choosing. */
export const ASSESSMENT_WORDS_PER_MINUTE = 200;

/** How long the adaptive self-assessment takes: the fewest and the most questions, and minutes. */
export interface AssessmentTime {
  questions: { fewest: number; most: number };
  minutes: { fewest: number; most: number };
}

/**
 * The self-assessment's length, computed from its text: at most every question; at fewest, for
 * each competency the first questions that can settle its level when the answers agree (see
 * `levelIsSettled`). Minutes are the words read at `ASSESSMENT_WORDS_PER_MINUTE`, rounded up.
 */
export function estimateAssessmentTime(
  banks: ReadonlyArray<Pick<AssessmentBank, 'competency' | 'items'>>,
): AssessmentTime {
  const words = (item: AssessmentBank['items'][number]) =>
    countWords([item.prompt, ...item.options.map((o) => o.text)].join(' '));
  let [fewest, most, fewestWords, mostWords] = [0, 0, 0, 0];
  for (const bank of banks) {
    const needed = fewestToSettle(bank);
    fewest += needed;
    most += bank.items.length;
    fewestWords += bank.items.slice(0, needed).reduce((n, item) => n + words(item), 0);
    mostWords += bank.items.reduce((n, item) => n + words(item), 0);
  }
  const minutes = (w: number) => Math.ceil(w / ASSESSMENT_WORDS_PER_MINUTE);
  return { questions: { fewest, most }, minutes: { fewest: minutes(fewestWords), most: minutes(mostWords) } };
}

/** The fewest leading items of a bank whose answers, all at one level, settle it. */
function fewestToSettle(bank: Pick<AssessmentBank, 'competency' | 'items'>): number {
  for (let k = 1; k < bank.items.length; k++) {
    const first = bank.items.slice(0, k);
    const levels = first[0]!.options
      .map((o) => o.level)
      .filter((level) => first.every((item) => item.options.some((o) => o.level === level)));
    for (const level of levels) {
      const answers = Object.fromEntries(
        first.map((item) => [item.id, item.options.findIndex((o) => o.level === level)]),
      );
      if (levelIsSettled(bank, answers)) return k;
    }
  }
  return bank.items.length;
}
