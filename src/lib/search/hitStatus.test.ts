import { describe, expect, it } from 'vitest';
import { hitStatus } from './hitStatus';

describe('hitStatus', () => {
  it('says a module is done, tested out or in progress', () => {
    expect(hitStatus('completed', false)).toEqual({ status: 'completed', inJourney: false });
    expect(hitStatus('tested-out', false)).toEqual({ status: 'tested-out', inJourney: false });
    expect(hitStatus('in-progress', false)).toEqual({ status: 'in-progress', inJourney: false });
  });

  it('says when a module is in the learner’s journey', () => {
    expect(hitStatus('not-started', true)).toEqual({ inJourney: true });
    expect(hitStatus('completed', true)).toEqual({ status: 'completed', inJourney: true });
  });

  it('says nothing of a module the learner has not touched and does not plan', () => {
    expect(hitStatus('not-started', false)).toBeUndefined();
  });
});
