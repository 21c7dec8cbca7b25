/** The part of a knowledge check needed to grade an answer: its type and which options are correct. */
export interface CheckKey {
  type: 'single' | 'multiple';
  correct: readonly number[];
}

/** The outcome of one attempt at a knowledge check. */
export interface CheckGrade {
  passed: boolean;
  /** Per option index: was choosing (or not choosing) it right? */
  optionRight: boolean[];
  /** Correct options the learner chose, and how many correct options there are. */
  found: number;
  total: number;
  /** Wrong options the learner chose. */
  wrongChosen: number;
}

/**
 * Grades an answer: it passes only when the chosen options are exactly the correct ones.
 * `optionCount` is the number of options shown; indexes outside it are ignored.
 */
export function gradeCheck(key: CheckKey, chosen: readonly number[], optionCount: number): CheckGrade {
  const picked = new Set(chosen.filter((i) => i >= 0 && i < optionCount));
  const correct = new Set(key.correct);
  const optionRight = Array.from({ length: optionCount }, (_, i) => picked.has(i) === correct.has(i));
  const found = [...picked].filter((i) => correct.has(i)).length;
  const wrongChosen = picked.size - found;
  return { passed: optionRight.every(Boolean), optionRight, found, total: correct.size, wrongChosen };
}

/** What one option shows after an attempt: its explanation or not, and a mark (or none). */
export interface OptionFeedback {
  explain: boolean;
  mark: 'correct-answer' | 'correct' | 'wrong' | null;
}

/**
 * The feedback per option after an attempt. A miss explains only the options the learner chose,
 * so a wrong first answer does not give the answer away; a pass, or `reveal` (the learner gave
 * up, or the attempt was final), explains every option and marks the correct answers.
 */
export function feedbackFor(
  key: CheckKey,
  chosen: readonly number[],
  optionCount: number,
  reveal: boolean,
): OptionFeedback[] {
  const picked = new Set(chosen);
  const correct = new Set(key.correct);
  const all = reveal || gradeCheck(key, chosen, optionCount).passed;
  return Array.from({ length: optionCount }, (_, i) => {
    if (all) return { explain: true, mark: correct.has(i) ? 'correct-answer' : picked.has(i) ? 'wrong' : null };
    if (!picked.has(i)) return { explain: false, mark: null };
    return { explain: true, mark: correct.has(i) ? 'correct' : 'wrong' };
  });
}
