import { describe, expect, it } from 'vitest';
import { attemptOutcome } from './attemptOutcome';

describe('attemptOutcome', () => {
  it('passes a choice attempt only when it picks exactly the right options', () => {
    const key = { type: 'multiple' as const, correct: [0, 2], explanations: ['', '', ''] };
    expect(attemptOutcome(key, [0, 2], 3)).toEqual({ passed: true });
    expect(attemptOutcome(key, [0], 3)).toEqual({ passed: false });
    expect(attemptOutcome(key, [0, 1, 2], 3)).toEqual({ passed: false });
  });

  it('grades an ordering attempt position by position and names the interaction to record', () => {
    const key = { type: 'ordering' as const, correct: [2, 0, 1], optionCount: 3 };
    expect(attemptOutcome(key, [2, 0, 1], 3)).toEqual({
      passed: true,
      interaction: { kind: 'ordering', correct: [2, 0, 1], optionCount: 3 },
    });
    expect(attemptOutcome(key, [0, 2, 1], 3)?.passed).toBe(false);
  });

  it('leaves a free-text check ungraded: the learner marks it', () => {
    expect(attemptOutcome({ type: 'free-text', modelAnswer: '<p>x</p>' }, [], 0)).toBeUndefined();
  });
});
