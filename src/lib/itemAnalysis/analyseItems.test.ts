import { describe, expect, it } from 'vitest';
import { type LearningStatement, statements } from '../progress/statements.ts';
import { testStamp } from '../progress/testStamp.ts';
import { analyseItems, analyseTally, type ItemModule } from './analyseItems.ts';
import { createItemTally, tallyStatements } from './itemTally.ts';

const single = (id: string, ...options: Array<[text: string, correct: boolean]>) => ({
  id,
  type: 'single',
  question: `Question ${id}?`,
  options: options.map(([text, correct]) => ({ text, correct })),
});
const modules: ItemModule[] = [
  {
    id: 'a',
    file: 'content/modules/a.mdx',
    checks: [
      single('q1', ['Right', true], ['Wrong A', false], ['Wrong B', false]),
      single('q2', ['Right', true], ['Tempting', false], ['Other', false]),
      single('q3', ['Right', true], ['Wrong', false]),
      single('q4', ['Right', true], ['Wrong', false]),
    ],
  },
  { id: 'b', file: 'content/modules/b.mdx', checks: [single('easy', ['Right', true], ['Wrong', false])] },
];

/**
 * 200 learners starting over 12 months; the first 120 complete module a. q1 separates them (passers
 * right unless i % 4 = 0, the others right only when i % 4 = 0); q2's "Tempting" draws 3 in 5; only 10
 * answer q3; q4 is right only for those who fail; all but 1 in 20 get b's "easy" right. Everyone
 * answers again later, right: second attempts do not count. Statements come newest first.
 */
function population(): LearningStatement[] {
  const log: LearningStatement[] = [];
  for (let i = 0; i < 200; i++) {
    const stamp = testStamp({
      name: `learner-${i}`,
      prefix: String(i).padStart(8, '0'),
      start: Date.UTC(2026, i % 12, 1),
      stepMs: 60_000,
    });
    const pass = i < 120;
    const answer = (check: string, right: boolean, wrong: number, module = 'a') =>
      log.push(statements.answeredCheck(stamp, module, check, right, right ? [0] : [wrong]));
    answer('q1', pass ? i % 4 !== 0 : i % 4 === 0, 1 + (i % 2));
    answer('q2', i % 5 < 2, 1);
    if (i < 10) answer('q3', true, 1);
    answer('q4', !pass, 1);
    answer('easy', i % 20 !== 0, 1, 'b');
    for (const check of ['q1', 'q2', 'q4']) answer(check, true, 0);
    if (pass) log.push(statements.completedModule(stamp, 'a', 'A'));
  }
  return log.reverse();
}

describe('analyseItems', () => {
  const results = analyseItems(population(), modules, { minResponses: 30 });
  const of = (check: string) => results.find((r) => r.check === check)!;

  it('gives each question its difficulty, discrimination and option choices from first attempts', () => {
    const q1 = of('q1');
    expect(q1).toMatchObject({ module: 'a', file: 'content/modules/a.mdx', responses: 200, shown: true });
    expect(q1.difficulty).toBe(110 / 200);
    // Right & passed 90, right & failed 20, wrong & passed 30, wrong & failed 60.
    expect(q1.discrimination).toBeCloseTo((90 * 60 - 20 * 30) / Math.sqrt(110 * 90 * 120 * 80), 12);
    expect(q1.options.map((o) => o.chosen)).toEqual([110, 50, 40]);
    expect(q1.options.map((o) => o.share)).toEqual([0.55, 0.25, 0.2]);
    expect(q1.flags).toEqual([]);
  });

  it('flags a distractor chosen more often than the right answer', () => {
    const q2 = of('q2');
    expect(q2.difficulty).toBe(0.4);
    expect(q2.discrimination).toBe(0); // 48 of 120 passers and 32 of 80 others right: 40% each
    expect(q2.options.map((o) => o.chosen)).toEqual([80, 120, 0]);
    expect(q2.flags).toEqual([
      {
        kind: 'distractor-beats-answer',
        option: 1,
        message: 'wrong option 2 ("Tempting") is chosen more often than the right answer (60% of first attempts)',
      },
    ]);
  });

  it('flags a question that learners who fail the module answer better', () => {
    const q4 = of('q4');
    expect(q4.difficulty).toBe(0.4);
    expect(q4.discrimination).toBe(-1);
    expect(q4.flags.map((f) => f.kind)).toEqual(['negative-discrimination', 'distractor-beats-answer']);
  });

  it('flags a question too easy, and gives no discrimination when nobody passes its module', () => {
    const easy = of('easy');
    expect(easy).toMatchObject({ module: 'b', file: 'content/modules/b.mdx', difficulty: 0.95, discrimination: null });
    expect(easy.flags).toEqual([{ kind: 'too-easy', message: 'too easy: 95% right at the first attempt' }]);
  });

  it('shows no figure for a question below the minimum number of responses', () => {
    expect(of('q3')).toEqual({
      module: 'a',
      file: 'content/modules/a.mdx',
      check: 'q3',
      question: 'Question q3?',
      responses: 10,
      shown: false,
      difficulty: null,
      discrimination: null,
      options: [],
      flags: [],
    });
    expect(analyseItems(population(), modules, { minResponses: 201 }).every((r) => !r.shown)).toBe(true);
  });

  it('flags a hard question under a configurable threshold', () => {
    const strict = analyseItems(population(), modules, { tooHard: 0.5 });
    expect(strict.find((r) => r.check === 'q2')!.flags.map((f) => f.kind)).toEqual([
      'too-hard',
      'distractor-beats-answer',
    ]);
  });

  it('gives the same analysis from a store read a page at a time, in any order', () => {
    const log = population();
    const tally = createItemTally();
    for (let from = 0; from < log.length; from += 37) tallyStatements(tally, log.slice(from, from + 37).reverse());
    expect(analyseTally(tally, modules, { minResponses: 30 })).toEqual(results);
  });
});
