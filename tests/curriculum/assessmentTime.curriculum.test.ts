import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCurriculum } from '../../src/authoring/readCurriculum';
import { estimateAssessmentTime } from '../../src/lib/assessment/estimateAssessmentTime';

describe('the shipped self-assessment', () => {
  it('takes about 25 minutes at most, and well under that when answers agree', () => {
    const { curriculum } = readCurriculum(join(import.meta.dirname, '..', '..'));
    const time = estimateAssessmentTime(curriculum.assessment);
    expect(time.questions).toEqual({ fewest: 30, most: 45 });
    expect(time.minutes.most).toBeGreaterThanOrEqual(22);
    expect(time.minutes.most).toBeLessThanOrEqual(28);
    expect(time.minutes.fewest).toBeLessThan(time.minutes.most * 0.75);
  });
});
