import { describe, expect, it } from 'vitest';
import { feedbackFor, gradeCheck } from './gradeCheck';

describe('gradeCheck', () => {
  it('passes a single-choice answer only when the correct option is chosen', () => {
    expect(gradeCheck({ type: 'single', correct: [1] }, [1], 3).passed).toBe(true);
    expect(gradeCheck({ type: 'single', correct: [1] }, [0], 3)).toMatchObject({
      passed: false,
      optionRight: [false, false, true],
    });
  });

  it('passes a multiple-choice answer only when exactly the correct set is chosen', () => {
    const key = { type: 'multiple' as const, correct: [0, 2] };
    expect(gradeCheck(key, [2, 0], 4).passed).toBe(true);
    expect(gradeCheck(key, [0], 4)).toMatchObject({ passed: false, found: 1, total: 2, wrongChosen: 0 });
    expect(gradeCheck(key, [0, 1, 2], 4)).toMatchObject({ passed: false, found: 2, wrongChosen: 1 });
  });

  it('ignores option indexes that were never shown', () => {
    expect(gradeCheck({ type: 'single', correct: [0] }, [0, 7], 2).passed).toBe(true);
  });
});

describe('feedbackFor', () => {
  const single = { type: 'single' as const, correct: [2] };
  const multiple = { type: 'multiple' as const, correct: [0, 2] };

  it('explains only the chosen option after a wrong first answer, revealing no correct one', () => {
    expect(feedbackFor(single, [0], 3, false)).toEqual([
      { explain: true, mark: 'wrong' },
      { explain: false, mark: null },
      { explain: false, mark: null },
    ]);
  });

  it('explains each chosen option of a partly right multiple-choice answer, and nothing the learner did not choose', () => {
    expect(feedbackFor(multiple, [0, 1], 3, false)).toEqual([
      { explain: true, mark: 'correct' },
      { explain: true, mark: 'wrong' },
      { explain: false, mark: null },
    ]);
  });

  it('explains every option and marks the correct answers once the learner passes', () => {
    expect(feedbackFor(single, [2], 3, false)).toEqual([
      { explain: true, mark: null },
      { explain: true, mark: null },
      { explain: true, mark: 'correct-answer' },
    ]);
  });

  it('reveals the answer when the learner gives up, still marking what they chose wrongly', () => {
    expect(feedbackFor(multiple, [1], 3, true)).toEqual([
      { explain: true, mark: 'correct-answer' },
      { explain: true, mark: 'wrong' },
      { explain: true, mark: 'correct-answer' },
    ]);
  });
});
