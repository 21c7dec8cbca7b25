import { describe, expect, it } from 'vitest';
import { levelIsSettled } from './levelIsSettled';
import { type Answers, type ScoredBank, scoreAssessment } from './scoreAssessment';

const item = (id: string) => ({ id, options: [0, 1, 2, 3, 4].map((level) => ({ level })) });
const three: ScoredBank = { competency: 'value', items: [item('v1'), item('v2'), item('v3')] };

describe('levelIsSettled', () => {
  it('is not settled before any answer, nor after one answer of three', () => {
    expect(levelIsSettled(three, {})).toBe(false);
    expect(levelIsSettled(three, { v1: 2 })).toBe(false);
  });

  it('is settled when two of three answers agree: the third cannot move the median', () => {
    expect(levelIsSettled(three, { v1: 2, v2: 2 })).toBe(true);
  });

  it('is not settled when two answers disagree, nor when a skip leaves one answer', () => {
    expect(levelIsSettled(three, { v1: 1, v2: 3 })).toBe(false);
    expect(levelIsSettled(three, { v1: 2, v2: null })).toBe(false);
  });

  it('is settled once nothing is left to ask', () => {
    expect(levelIsSettled(three, { v1: 0, v2: 4, v3: null })).toBe(true);
  });

  it('never calls a level settled that some answer to the open items would change', () => {
    // Exhaustive over a three-item bank: every partial answer set, every completion of it.
    const choices = [undefined, null, 0, 1, 2, 3, 4] as const;
    for (const a of choices)
      for (const b of choices)
        for (const c of choices) {
          const answers = Object.fromEntries(
            Object.entries({ v1: a, v2: b, v3: c }).filter(([, v]) => v !== undefined),
          ) as Answers;
          if (!levelIsSettled(three, answers)) continue;
          const level = scoreAssessment([three], answers)[0]!.level;
          const open = ['v1', 'v2', 'v3'].filter((id) => !(id in answers));
          for (const fill of choices.slice(1)) {
            const completed: Answers = {
              ...answers,
              ...Object.fromEntries(open.map((id) => [id, fill as number | null])),
            };
            expect(scoreAssessment([three], completed)[0]!.level).toBe(level);
          }
        }
  });
});
