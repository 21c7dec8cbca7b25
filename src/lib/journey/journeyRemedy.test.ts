import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { testCurriculum } from '../curriculum/testCurriculum';
import { createJourneyMachine, type JourneyEvent } from './journeyMachine';
import { toPlannerCurriculum } from './plannerCurriculum';

/** The test curriculum's journey, planned from level 0, with a second check on "deeper". */
function learning() {
  const curriculum = toPlannerCurriculum(testCurriculum());
  curriculum.modules.find((m) => m.id === 'deeper')!.checks = ['q1', 'q2'];
  const actor = createActor(createJourneyMachine(curriculum)).start();
  const send = (...events: JourneyEvent[]) => {
    for (const e of events) actor.send(e);
  };
  send({ type: 'assessment.start' }, { type: 'region.choose', region: 'global' });
  while (
    actor.getSnapshot().matches({ assessing: 'items' }) &&
    actor.getSnapshot().context.cursor < curriculum.assessment.flatMap((b) => b.items).length
  )
    send({ type: 'assessment.answer', option: 0 });
  send({ type: 'assessment.finish' }, { type: 'journey.begin' });
  return { actor, send, suggestion: () => actor.getSnapshot().context.suggestion };
}

const fail = (checkId: string): JourneyEvent => ({ type: 'check.fail', moduleId: 'deeper', checkId });
const pass = (checkId: string): JourneyEvent => ({ type: 'check.pass', moduleId: 'deeper', checkId });

describe('journeyMachine remedies', () => {
  it('suggests no step back after one slip on each of two different checks', () => {
    const j = learning();
    j.send(fail('q1'), fail('q2'));
    expect(j.suggestion()).toBeNull();
    expect(j.actor.getSnapshot().matches({ learning: 'active' })).toBe(true);
  });

  it('suggests a step back when the same check fails twice', () => {
    const j = learning();
    j.send(fail('q1'), fail('q2'), fail('q1'));
    expect(j.suggestion()).toEqual({ kind: 'remedial', moduleId: 'intro', forModuleId: 'deeper' });
  });

  it('withdraws the suggestion once the module is complete', () => {
    const j = learning();
    j.send(fail('q1'), fail('q1'));
    expect(j.suggestion()).not.toBeNull();
    j.send(pass('q1'), pass('q2'));
    expect(j.actor.getSnapshot().context.completed).toContain('deeper');
    expect(j.suggestion()).toBeNull();
    expect(j.actor.getSnapshot().matches({ learning: 'active' })).toBe(true);
  });

  it('withdraws it when the module is tested out', () => {
    const j = learning();
    j.send(fail('q2'), fail('q2'), { type: 'module.testOut', moduleId: 'deeper' });
    expect(j.suggestion()).toBeNull();
  });
});
