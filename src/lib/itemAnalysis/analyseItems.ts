import type { LearningStatement } from '../progress/statements.ts';
import type { FirstAttempt } from './firstAttempts.ts';
import { type ItemAnalysisOptions, itemAnalysisOptionsSchema } from './itemAnalysisOptions.ts';
import type { ItemResult } from './itemResultSchema.ts';
import { type ItemTally, tallyOf } from './itemTally.ts';

/** What item analysis needs of a module: its id, its file (the one to fix) and its checks. */
export interface ItemModule {
  id: string;
  file: string;
  checks: ReadonlyArray<{
    id: string;
    type: string;
    question: string;
    options: ReadonlyArray<{ text: string; correct: boolean }>;
  }>;
}

export type { ItemFlagKind, ItemResult } from './itemResultSchema.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Phi coefficient of a 2 × 2 table (right/wrong × passed/not); null when a margin is empty. */
function phi(rightPassed: number, rightFailed: number, wrongPassed: number, wrongFailed: number): number | null {
  const margins =
    (rightPassed + rightFailed) *
    (wrongPassed + wrongFailed) *
    (rightPassed + wrongPassed) *
    (rightFailed + wrongFailed);
  return margins === 0 ? null : (rightPassed * wrongFailed - rightFailed * wrongPassed) / Math.sqrt(margins);
}

/**
 * Item analysis of every knowledge check from `answered` statements: per question, from each
 * learner's first attempt, its difficulty (share right), its discrimination (phi between being right
 * and passing the module: completed or tested out) and how often each option is chosen; flags a
 * question too easy, too hard, discriminating below the threshold, or whose wrong option is chosen
 * more often than a right one. Questions with fewer first attempts than `minResponses` show no figure.
 */
export function analyseItems(
  statements: readonly LearningStatement[],
  modules: readonly ItemModule[],
  options: Partial<ItemAnalysisOptions> = {},
): ItemResult[] {
  return analyseTally(tallyOf(statements), modules, options);
}

/** analyseItems over a tally already made (e.g. from a store read a page at a time). */
export function analyseTally(
  tally: ItemTally,
  modules: readonly ItemModule[],
  options: Partial<ItemAnalysisOptions> = {},
): ItemResult[] {
  const { minResponses, tooEasy, tooHard, minDiscrimination } = itemAnalysisOptionsSchema.parse(options);
  const { passes } = tally;
  const attempts = new Map<string, FirstAttempt[]>();
  for (const { attempt: a } of tally.firsts.values())
    (
      attempts.get(`${a.module}\n${a.check}`) ??
      attempts.set(`${a.module}\n${a.check}`, []).get(`${a.module}\n${a.check}`)!
    ).push(a);

  return modules.flatMap((m) =>
    m.checks.map((c): ItemResult => {
      const answers = attempts.get(`${m.id}\n${c.id}`) ?? [];
      const base = { module: m.id, file: m.file, check: c.id, question: c.question, responses: answers.length };
      if (answers.length < minResponses)
        return { ...base, shown: false, difficulty: null, discrimination: null, options: [], flags: [] };
      const passed = passes.get(m.id) ?? new Set<string>();
      const count = (right: boolean, pass: boolean) =>
        answers.filter((a) => a.success === right && passed.has(a.learner) === pass).length;
      const difficulty = answers.filter((a) => a.success).length / answers.length;
      const discrimination = phi(count(true, true), count(true, false), count(false, true), count(false, false));
      const optionCounts = c.options.map((o, index) => {
        const chosen = answers.filter((a) => a.chosen.includes(index)).length;
        return { index, text: o.text, correct: o.correct, chosen, share: chosen / answers.length };
      });
      const flags: ItemResult['flags'] = [];
      const right = `${percent(difficulty)} right at the first attempt`;
      if (difficulty > tooEasy) flags.push({ kind: 'too-easy', message: `too easy: ${right}` });
      if (difficulty < tooHard) flags.push({ kind: 'too-hard', message: `too hard: ${right}` });
      if (discrimination !== null && discrimination < minDiscrimination)
        flags.push({
          kind: 'negative-discrimination',
          message: `learners who fail the module answer it better than those who pass (discrimination ${discrimination.toFixed(2)})`,
        });
      const leastChosenRight = Math.min(...optionCounts.filter((o) => o.correct).map((o) => o.chosen));
      for (const o of optionCounts)
        if (!o.correct && o.chosen > leastChosenRight)
          flags.push({
            kind: 'distractor-beats-answer',
            option: o.index,
            message: `wrong option ${o.index + 1} ("${o.text}") is chosen more often than the right answer (${percent(o.share)} of first attempts)`,
          });
      return { ...base, shown: true, difficulty, discrimination, options: optionCounts, flags };
    }),
  );
}
