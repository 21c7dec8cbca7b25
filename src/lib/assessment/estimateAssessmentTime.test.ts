import { describe, expect, it } from 'vitest';
import { estimateAssessmentTime } from './estimateAssessmentTime';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const item = (id: string, promptWords: number) => ({
  id,
  kind: 'behavioural' as const,
  prompt: words(promptWords),
  options: [0, 1, 2].map((level) => ({ text: words(10), level })),
});

describe('estimateAssessmentTime', () => {
  it('counts every question at most, and the first two of three at fewest', () => {
    const time = estimateAssessmentTime([
      { competency: 'value', items: [item('a', 70), item('b', 70), item('c', 370)] },
    ]);
    expect(time.questions).toEqual({ fewest: 2, most: 3 });
    // 100 + 100 words at fewest, 100 + 100 + 400 at most, read at 200 words a minute.
    expect(time.minutes).toEqual({ fewest: 1, most: 3 });
  });

  it('asks a one-item bank once', () => {
    expect(estimateAssessmentTime([{ competency: 'value', items: [item('a', 10)] }]).questions).toEqual({
      fewest: 1,
      most: 1,
    });
  });
});
