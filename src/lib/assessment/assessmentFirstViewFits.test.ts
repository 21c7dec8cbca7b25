import { describe, expect, it } from 'vitest';
import { assessmentFirstViewFits } from './assessmentFirstViewFits';

describe('whether the assessment page’s first view fits the stored journey', () => {
  it('fits a learner with no journey stored, or one not started (progress alone, say)', () => {
    expect(assessmentFirstViewFits(undefined)).toBe(true);
    expect(assessmentFirstViewFits({ value: 'notStarted', context: { completed: ['value'] } })).toBe(true);
  });

  it('does not fit an assessment in progress: the learner resumes at their step', () => {
    expect(assessmentFirstViewFits({ value: { assessing: 'region' } })).toBe(false);
    expect(assessmentFirstViewFits({ value: { assessing: 'items' } })).toBe(false);
    expect(assessmentFirstViewFits({ value: 'reassessing' })).toBe(false);
  });

  it('does not fit a finished assessment, whose results the island shows', () => {
    for (const value of ['planned', { learning: 'active' }, 'reassessmentOffered', 'completed'])
      expect(assessmentFirstViewFits({ value })).toBe(false);
  });

  it('does not fit a snapshot of a shape it does not know', () => {
    expect(assessmentFirstViewFits({ status: 'active' })).toBe(false);
    expect(assessmentFirstViewFits('notStarted')).toBe(false);
  });
});
