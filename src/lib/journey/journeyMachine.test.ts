import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { testCurriculum } from '../curriculum/testCurriculum';
import { createJourneyMachine, type JourneyEvent, type JourneyMachine } from './journeyMachine';
import { journeyModuleIds } from './journeyModuleIds';
import { journeyTestCurriculum } from './journeyTestCurriculum';
import { toPlannerCurriculum } from './plannerCurriculum';

/** The test curriculum with a second mapping item, targets on mapping 2 and value 2. */
const curriculumV1 = journeyTestCurriculum;

const stateOf = (snapshot: SnapshotFrom<JourneyMachine>) =>
  typeof snapshot.value === 'string' ? snapshot.value : Object.entries(snapshot.value).map(([k, v]) => `${k}.${v}`)[0]!;

function start(curriculum = curriculumV1(), snapshot?: SnapshotFrom<JourneyMachine>) {
  const actor = createActor(createJourneyMachine(curriculum), snapshot ? { snapshot } : {}).start();
  const send = (...events: JourneyEvent[]) => {
    for (const event of events) actor.send(event);
    return stateOf(actor.getSnapshot());
  };
  return { actor, send, context: () => actor.getSnapshot().context };
}

/** Assessed as knowing nothing: every answer at level 0. */
function planned(curriculum = curriculumV1()) {
  const j = start(curriculum);
  j.send({ type: 'assessment.start' }, { type: 'region.choose', region: 'emerging' });
  j.send(
    { type: 'assessment.answer', option: 0 },
    { type: 'assessment.answer', option: 0 },
    { type: 'assessment.answer', option: 0 },
    { type: 'assessment.finish' },
  );
  return j;
}

const passAll = (j: ReturnType<typeof start>, moduleId: string) =>
  j.send(...['q1'].map((checkId) => ({ type: 'check.pass', moduleId, checkId }) as const));

describe('journeyMachine', () => {
  it('starts a new learner at notStarted', () => {
    expect(stateOf(start().actor.getSnapshot())).toBe('notStarted');
  });

  it('plans a learning path for a learner who has not assessed themself ("Start this path"), from level 0', () => {
    const j = start();
    expect(j.send({ type: 'target.change', target: { kind: 'path', pathId: 'essentials' } })).toBe('planned');
    expect(j.context().target).toEqual({ kind: 'path', pathId: 'essentials' });
    expect(journeyModuleIds(j.context().journey!)).toEqual(expect.arrayContaining(['intro', 'deeper']));
  });

  it('takes the assessment: region first, then one item at a time with back, forward and skip', () => {
    const j = start();
    expect(j.send({ type: 'assessment.start' })).toBe('assessing.region');
    expect(j.send({ type: 'region.choose', region: 'single-payer' })).toBe('assessing.items');
    j.send({ type: 'assessment.answer', option: 2 });
    expect(j.context().cursor).toBe(1);
    j.send({ type: 'assessment.skip' });
    expect(j.context().answers).toEqual({ 'mapping-habit': 2, 'mapping-scenario': null });
    j.send({ type: 'assessment.back' }, { type: 'assessment.back' });
    expect(j.context().cursor).toBe(0);
    j.send(
      { type: 'assessment.forward' },
      { type: 'assessment.forward' },
      { type: 'assessment.forward' },
      { type: 'assessment.forward' },
    );
    expect(j.context().cursor).toBe(3); // stops at the finish screen
    j.send({ type: 'assessment.back' }, { type: 'assessment.back' }, { type: 'assessment.back' });
    expect(j.send({ type: 'assessment.back' })).toBe('assessing.region');
    expect(j.context().region).toBe('single-payer');
  });

  it('skips the rest of the assessment in one step, as pressing Skip on each remaining question would', () => {
    const begin = () => {
      const j = start();
      j.send({ type: 'assessment.start' }, { type: 'region.choose', region: 'emerging' });
      j.send({ type: 'assessment.answer', option: 2 });
      return j;
    };
    const oneByOne = begin();
    while (oneByOne.context().cursor < 3) oneByOne.send({ type: 'assessment.skip' });
    const atOnce = begin();
    expect(atOnce.send({ type: 'assessment.skipRest' })).toBe('assessing.items');
    expect(atOnce.context().answers).toEqual(oneByOne.context().answers);
    expect(atOnce.context().cursor).toBe(oneByOne.context().cursor);
    // Nothing is lost: the answer given stays, and the learner can still go back to a skipped question.
    expect(atOnce.context().answers['mapping-habit']).toBe(2);
    atOnce.send({ type: 'assessment.back' });
    expect(atOnce.context().cursor).toBeLessThan(3);
  });

  it('scores the answers and plans a journey over the gaps when the assessment is finished', () => {
    const j = planned();
    expect(stateOf(j.actor.getSnapshot())).toBe('planned');
    expect(j.context().estimates.map((e) => [e.competency, e.level])).toEqual([
      ['mapping', 0],
      ['value', 0],
    ]);
    expect(journeyModuleIds(j.context().journey)).toEqual(['intro', 'deeper', 'value-basics']);
  });

  it('completes a module when all its knowledge checks are passed, and suggests a step back after two failures', () => {
    const j = planned();
    expect(j.send({ type: 'journey.begin' })).toBe('learning.active');
    passAll(j, 'intro');
    expect(j.context().completed).toEqual(['intro']);
    j.send({ type: 'module.open', moduleId: 'deeper' }, { type: 'check.fail', moduleId: 'deeper', checkId: 'q1' });
    expect(stateOf(j.actor.getSnapshot())).toBe('learning.active');
    expect(j.send({ type: 'check.fail', moduleId: 'deeper', checkId: 'q1' })).toBe('learning.struggling');
    expect(j.context().suggestion).toEqual({ kind: 'remedial', moduleId: 'intro', forModuleId: 'deeper' });
    expect(j.send({ type: 'suggestion.dismiss' })).toBe('learning.active');
    expect(j.context().suggestion).toBeNull();
  });

  it('suggests revisiting a module that has no prerequisite', () => {
    const j = planned();
    j.send(
      { type: 'journey.begin' },
      { type: 'check.fail', moduleId: 'intro', checkId: 'q1' },
      { type: 'check.fail', moduleId: 'intro', checkId: 'q1' },
    );
    expect(j.context().suggestion).toEqual({ kind: 'revisit', forModuleId: 'intro' });
  });

  it('offers a reassessment once every module is completed or tested out; no gaps left means completed', () => {
    const j = planned();
    j.send({ type: 'module.open', moduleId: 'intro' });
    expect(stateOf(j.actor.getSnapshot())).toBe('learning.active');
    passAll(j, 'intro');
    j.send({ type: 'module.testOut', moduleId: 'deeper' });
    expect(j.send({ type: 'module.testOut', moduleId: 'value-basics' })).toBe('reassessmentOffered');
    expect(j.context().testedOut).toEqual(['deeper', 'value-basics']);
    expect(j.send({ type: 'reassessment.start' })).toBe('reassessing');
    j.send(
      { type: 'assessment.answer', option: 1 },
      { type: 'assessment.answer', option: 1 },
      { type: 'assessment.answer', option: 1 },
    );
    expect(j.send({ type: 'assessment.finish' })).toBe('completed');
    expect(j.context().round).toBe(2);
  });

  it('re-plans after a reassessment that still shows gaps', () => {
    // First assessed at every target: nothing to learn, so the journey is complete at once.
    const j = start();
    j.send({ type: 'assessment.start' }, { type: 'region.choose', region: 'global' });
    j.send(
      { type: 'assessment.answer', option: 2 },
      { type: 'assessment.answer', option: 2 },
      { type: 'assessment.answer', option: 2 },
    );
    expect(j.send({ type: 'assessment.finish' })).toBe('completed');
    // Reassessed lower: the new answers show gaps, and the new plan is the one followed.
    j.send(
      { type: 'reassessment.start' },
      { type: 'assessment.answer', option: 0 },
      { type: 'assessment.answer', option: 0 },
      { type: 'assessment.answer', option: 0 },
    );
    expect(j.send({ type: 'assessment.finish' })).toBe('planned');
    expect(journeyModuleIds(j.context().journey)).toEqual(['intro', 'deeper', 'value-basics']);
  });

  it('reassesses only the competencies the journey worked on, keeping the other estimates', () => {
    const j = start();
    j.send({ type: 'assessment.start' }, { type: 'region.choose', region: 'global' });
    // Mapping at 0 (a gap), value at 3 (no gap): the journey works on mapping only.
    j.send(
      { type: 'assessment.answer', option: 0 },
      { type: 'assessment.answer', option: 0 },
      { type: 'assessment.answer', option: 2 },
      { type: 'assessment.finish' },
    );
    j.send(
      { type: 'module.testOut', moduleId: 'intro' },
      { type: 'module.testOut', moduleId: 'deeper' },
      { type: 'journey.begin' },
    );
    expect(j.send({ type: 'reassessment.start' })).toBe('reassessing');
    expect(j.context()).toMatchObject({ cursor: 0, scope: ['mapping'], answers: { 'value-habit': 2 } });
    j.send({ type: 'assessment.answer', option: 2 }, { type: 'assessment.answer', option: 1 });
    expect(j.context().cursor).toBe(3); // the finish screen: value is not asked again
    expect(j.send({ type: 'assessment.finish' })).toBe('completed');
    expect(j.context().estimates.map((e) => [e.competency, e.level])).toEqual([
      ['mapping', 2],
      ['value', 3],
    ]);
  });

  it('stops asking a competency once its answers settle its level', () => {
    const c = testCurriculum();
    const option = (level: number) => ({ text: `level ${level}`, level });
    c.assessment[0]!.items = ['a', 'b', 'c'].map((id) => ({
      id,
      kind: 'behavioural' as const,
      prompt: id,
      options: [0, 1, 2, 3].map(option),
    }));
    const j = start(toPlannerCurriculum(c));
    j.send(
      { type: 'assessment.start' },
      { type: 'region.choose', region: 'global' },
      { type: 'assessment.answer', option: 1 },
      { type: 'assessment.answer', option: 1 },
    );
    expect(j.context().cursor).toBe(3); // the third question could not move the estimate
    j.send({ type: 'assessment.back' });
    expect(j.context().cursor).toBe(1);
    j.send({ type: 'assessment.answer', option: 3 });
    expect(j.context().cursor).toBe(2); // now the answers disagree: the third question is asked
  });

  it('finishes without reassessing, and can change target afterwards', () => {
    const j = planned();
    j.send(
      { type: 'module.testOut', moduleId: 'intro' },
      { type: 'module.testOut', moduleId: 'deeper' },
      { type: 'journey.begin' },
      { type: 'module.testOut', moduleId: 'value-basics' },
    );
    expect(j.send({ type: 'journey.finish' })).toBe('completed');
    expect(j.send({ type: 'target.change', target: { kind: 'competency', competency: 'planning', level: 3 } })).toBe(
      'planned',
    );
    expect(journeyModuleIds(j.context().journey)).toEqual(['planning']);
  });

  it('re-plans when the target changes, during planning or learning, keeping progress', () => {
    const j = planned();
    j.send({ type: 'target.change', target: { kind: 'path', pathId: 'essentials' } });
    expect(journeyModuleIds(j.context().journey)).toEqual(['intro', 'deeper']);
    j.send({ type: 'journey.begin' });
    passAll(j, 'intro');
    expect(j.send({ type: 'target.change', target: { kind: 'model' } })).toBe('planned');
    expect(journeyModuleIds(j.context().journey)).toEqual(['deeper', 'value-basics']);
    expect(j.context().completed).toEqual(['intro']);
  });

  it('restarts from scratch, forgetting answers and progress', () => {
    const j = planned();
    j.send({ type: 'journey.begin' });
    passAll(j, 'intro');
    expect(j.send({ type: 'journey.restart' })).toBe('notStarted');
    expect(j.context()).toMatchObject({ answers: {}, completed: [], journey: null });
  });

  it('can be reassessed from a planned journey', () => {
    const j = planned();
    expect(j.send({ type: 'assessment.start' })).toBe('reassessing');
  });

  it('resumes from a persisted snapshot exactly where the learner was', () => {
    const j = start();
    j.send(
      { type: 'assessment.start' },
      { type: 'region.choose', region: 'emerging' },
      { type: 'assessment.answer', option: 1 },
    );
    const stored = JSON.parse(JSON.stringify(j.actor.getPersistedSnapshot())) as SnapshotFrom<JourneyMachine>;
    const again = start(curriculumV1(), stored);
    expect(stateOf(again.actor.getSnapshot())).toBe('assessing.items');
    expect(again.context()).toMatchObject({ cursor: 1, region: 'emerging', answers: { 'mapping-habit': 1 } });
  });

  it('repairs a journey restored from an older curriculum and says what changed', () => {
    const j = planned();
    j.send({ type: 'journey.begin' });
    passAll(j, 'intro');
    const stored = JSON.parse(JSON.stringify(j.actor.getPersistedSnapshot())) as SnapshotFrom<JourneyMachine>;

    // The update: deeper is withdrawn, value-basics now develops value 1 only, a new module covers mapping 2.
    const c = testCurriculum();
    c.models[0]!.defaultTargets = [
      { competency: 'mapping', level: 2 },
      { competency: 'value', level: 2 },
    ];
    c.modules = c.modules.filter((m) => m.id !== 'deeper');
    c.modules.find((m) => m.id === 'value-basics')!.develops = [{ competency: 'value', level: 1 }];
    c.modules.find((m) => m.id === 'planning')!.prerequisites = ['value-basics'];
    c.modules.push({
      ...c.modules[0]!,
      id: 'mapping-in-practice',
      title: 'mapping in practice',
      develops: [{ competency: 'mapping', level: 2 }],
      prerequisites: ['intro'],
    });
    const v2 = toPlannerCurriculum(c);

    const restored = start(v2, stored);
    expect(restored.context().curriculumVersion).not.toBe(v2.version);
    restored.send({ type: 'curriculum.check' });
    const { changes, completed, journey, curriculumVersion } = restored.context();
    expect(curriculumVersion).toBe(v2.version);
    expect(completed).toEqual(['intro']);
    expect(journeyModuleIds(journey)).toEqual(['value-basics', 'mapping-in-practice']);
    // Codes and titles only: the journey page words each change in its own language.
    expect(changes).toEqual([
      { kind: 'removed', title: 'deeper' },
      { kind: 'relevelled', title: 'value basics' },
      { kind: 'added', title: 'mapping in practice' },
    ]);
    expect(stateOf(restored.actor.getSnapshot())).toBe('learning.active');
    restored.send({ type: 'notice.dismiss' });
    expect(restored.context().changes).toEqual([]);
  });

  it('falls back to the engagement model when the chosen path no longer exists', () => {
    const j = planned();
    j.send({ type: 'target.change', target: { kind: 'path', pathId: 'essentials' } });
    const stored = JSON.parse(JSON.stringify(j.actor.getPersistedSnapshot())) as SnapshotFrom<JourneyMachine>;
    const c = testCurriculum();
    c.paths = [];
    const restored = start(toPlannerCurriculum(c), stored);
    restored.send({ type: 'curriculum.check' });
    expect(restored.context().target).toEqual({ kind: 'model' });
    expect(restored.context().changes).toEqual([{ kind: 'target', title: '' }]);
  });
});
