import { describe, expect, it } from 'vitest';
import { hitStatus } from './hitStatus';

describe('hitStatus', () => {
  it('says a module is done, tested out or in progress', () => {
    expect(hitStatus('completed', false)).toBe('Done');
    expect(hitStatus('tested-out', false)).toBe('Tested out');
    expect(hitStatus('in-progress', false)).toBe('In progress');
  });

  it('says when a module is in the learner’s journey', () => {
    expect(hitStatus('not-started', true)).toBe('In your journey');
    expect(hitStatus('completed', true)).toBe('Done · in your journey');
    expect(hitStatus('in-progress', true)).toBe('In progress · in your journey');
  });

  it('says nothing of a module the learner has not touched and does not plan', () => {
    expect(hitStatus('not-started', false)).toBeUndefined();
  });
});
