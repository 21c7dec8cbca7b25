import { describe, expect, it } from 'vitest';
import { journeyOverview } from './journeyOverview';
import type { Journey, JourneyStep } from './planJourney';

const step = (moduleId: string, mastered = false): JourneyStep => ({
  moduleId,
  reasons: [{ competency: 'mapping', from: 0, to: 1 }],
  prerequisiteFor: [],
  mastered,
});
const journey: Journey = {
  target: { kind: 'model' },
  targets: [{ competency: 'mapping', level: 2 }],
  stages: [
    { level: 1, steps: [step('basics'), step('stakeholders', true)] },
    { level: 2, steps: [step('plans'), step('value', true)] },
  ],
  totalMinutes: 100,
  uncovered: [],
};
const curriculum = {
  modules: [
    { id: 'basics', duration: 10 },
    { id: 'stakeholders', duration: 20 },
    { id: 'plans', duration: 30 },
    { id: 'value', duration: 40 },
  ].map((m) => ({ ...m, title: m.id, develops: [], prerequisites: [], checks: [] })),
};
const context = (done: Partial<{ completed: string[]; testedOut: string[] }> = {}) => ({
  journey,
  completed: done.completed ?? [],
  testedOut: done.testedOut ?? [],
  passedChecks: {},
  failures: {},
});

describe('journeyOverview', () => {
  it('lists the modules in plan order, the first one up next, all its minutes left', () => {
    const overview = journeyOverview(context(), curriculum);

    expect(overview.ids).toEqual(['basics', 'stakeholders', 'plans', 'value']);
    expect(overview.current).toBe('basics');
    expect(overview.minutesLeft).toBe(100);
    expect(['basics', 'stakeholders'].map(overview.stepStatus)).toEqual(['upNext', 'toDo']);
  });

  it('counts completed and tested-out modules as finished and continues with the first module not done', () => {
    const overview = journeyOverview(context({ completed: ['basics'], testedOut: ['stakeholders'] }), curriculum);

    expect([...overview.finished]).toEqual(['basics', 'stakeholders']);
    expect(overview.current).toBe('plans');
    expect(overview.minutesLeft).toBe(70);
    expect(overview.ids.map(overview.stepStatus)).toEqual(['completed', 'tested-out', 'upNext', 'toDo']);
  });

  it('offers a test-out only for mastered modules not yet finished', () => {
    expect(journeyOverview(context(), curriculum).likelyKnown).toEqual(['stakeholders', 'value']);
    expect(journeyOverview(context({ testedOut: ['stakeholders'] }), curriculum).likelyKnown).toEqual(['value']);
  });

  it('has nothing to show before a journey is planned', () => {
    const overview = journeyOverview({ ...context(), journey: null }, curriculum);

    expect(overview).toMatchObject({ ids: [], current: undefined, minutesLeft: 0, likelyKnown: [] });
  });
});
