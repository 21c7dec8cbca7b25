import { describe, expect, it } from 'vitest';
import { deriveProgress } from './deriveProgress';
import { factsOfJourney, factsOfProgress, isDone, moduleStatus, nextModule } from './moduleStatus';
import { statements } from './statements';
import { testStamp } from './testStamp';

describe('moduleStatus', () => {
  const facts = { completed: ['a', 'both'], testedOut: ['b', 'both'], started: ['c', 'a'] };

  it('says done, tested out, in progress or not started, completed outranking tested out', () => {
    expect(['a', 'b', 'both', 'c', 'd'].map((id) => moduleStatus(id, facts))).toEqual([
      'completed',
      'tested-out',
      'completed',
      'in-progress',
      'not-started',
    ]);
  });

  it('counts a tested-out module as done, like a completed one', () => {
    expect(isDone(moduleStatus('b', facts))).toBe(true);
    expect(isDone(moduleStatus('c', facts))).toBe(false);
  });

  it('reads the same from the journey as from the event log', () => {
    const s = testStamp();
    const progress = deriveProgress([
      statements.completedModule(s, 'a', 'A'),
      statements.testedOutModule(s, 'b', 'B', true),
      statements.answeredCheck(s, 'c', 'q1', true, [0]),
      statements.answeredCheck(s, 'e', 'q1', false, [1]),
    ]);
    const journey = factsOfJourney({
      completed: ['a'],
      testedOut: ['b'],
      passedChecks: { c: ['q1'], d: [] },
      failures: { 'e/q1': 1 },
    });
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      expect(moduleStatus(id, journey)).toBe(moduleStatus(id, factsOfProgress(progress)));
  });
});

describe('nextModule', () => {
  const plan = ['basics', 'tested', 'later', 'last'];

  it('is the first module of the plan that is not done, skipping tested-out ones', () => {
    expect(nextModule(plan, { completed: ['basics'], testedOut: ['tested'], started: [] })).toBe('later');
  });

  it('stays on an unfinished prerequisite when a later module was opened or started', () => {
    expect(nextModule(plan, { completed: [], testedOut: [], started: ['later'] })).toBe('basics');
  });

  it('is undefined once every module of the plan is done', () => {
    expect(
      nextModule(plan, { completed: ['basics', 'later'], testedOut: ['tested', 'last'], started: [] }),
    ).toBeUndefined();
  });
});
