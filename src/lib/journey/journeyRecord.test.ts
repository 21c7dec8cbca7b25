import { describe, expect, it } from 'vitest';
import { type Actor, createActor } from 'xstate';
import { testCurriculum } from '../curriculum/testCurriculum';
import { createJourneyMachine, type JourneyEvent, type JourneyMachine } from './journeyMachine';
import { journeyModuleIds } from './journeyModuleIds';
import { journeyRecordSchema } from './journeyRecord';
import { journeyRecordOf } from './journeyRecordOf';
import { journeySnapshotOf } from './journeySnapshotOf';
import { toPlannerCurriculum } from './plannerCurriculum';
import { readJourneyRecord } from './readJourneyRecord';

const curriculum = toPlannerCurriculum(testCurriculum());
const machine = createJourneyMachine(curriculum);
const times = { updatedAt: '2026-11-01T10:00:00.000Z', assessedAt: '2026-11-01T09:58:00.000Z' };

function journeyAfter(...events: JourneyEvent[]) {
  const actor = createActor(machine).start();
  for (const event of events) actor.send(event);
  return actor;
}
const recordOf = (actor: Actor<JourneyMachine>) => journeyRecordOf(actor.getSnapshot(), times);
/** The record as another device reads it off the LRS: JSON, then adopted into a new machine. */
const adopted = (actor: Actor<JourneyMachine>) =>
  createActor(machine, {
    snapshot: journeySnapshotOf(readJourneyRecord(JSON.parse(JSON.stringify(recordOf(actor))))!) as never,
  }).start();

const assessed = [
  { type: 'assessment.start' },
  { type: 'region.choose', region: 'single-payer' },
  { type: 'assessment.answer', option: 0 },
  { type: 'assessment.finish' },
] as const satisfies JourneyEvent[];

describe('journeyRecordOf', () => {
  it('records region, target, assessed levels, the plan as planned and where the learner is', () => {
    const actor = journeyAfter(...assessed, { type: 'journey.begin' }, { type: 'module.open', moduleId: 'intro' });
    const record = recordOf(actor);
    expect(journeyRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      version: 1,
      region: 'single-payer',
      target: { kind: 'model' },
      stage: 'learning',
      assessment: { round: 1, answers: { 'mapping-habit': 0 } },
      progress: { completed: [], currentModuleId: 'intro' },
      ...times,
    });
    expect(record.levels.map((l) => [l.competency, l.level])).toContainEqual(['mapping', 0]);
    expect(record.plan).toEqual(actor.getSnapshot().context.journey);
    expect(journeyModuleIds(record.plan)).toContain('intro');
  });

  it('names the stage of each state the journey can rest in', () => {
    expect(recordOf(journeyAfter()).stage).toBe('notStarted');
    expect(recordOf(journeyAfter(assessed[0])).stage).toBe('choosingRegion');
    expect(recordOf(journeyAfter(assessed[0], assessed[1])).stage).toBe('assessing');
    expect(recordOf(journeyAfter(...assessed)).stage).toBe('planned');
  });
});

describe('journeySnapshotOf', () => {
  it('lets a second device carry on the same journey from the record: state, plan and progress', () => {
    const laptop = journeyAfter(
      ...assessed,
      { type: 'journey.begin' },
      { type: 'check.pass', moduleId: 'intro', checkId: 'q1' },
      { type: 'check.fail', moduleId: 'deeper', checkId: 'q1' },
    );
    const phone = adopted(laptop);
    expect(phone.getSnapshot().value).toEqual(laptop.getSnapshot().value);
    expect(phone.getSnapshot().context).toEqual({ ...laptop.getSnapshot().context, suggestion: null, changes: [] });
    // The adopted journey is a working machine: it moves on as the original would.
    const next = journeyModuleIds(laptop.getSnapshot().context.journey).find((id) => id !== 'intro')!;
    phone.send({ type: 'check.pass', moduleId: next, checkId: 'q1' });
    laptop.send({ type: 'check.pass', moduleId: next, checkId: 'q1' });
    expect(phone.getSnapshot().value).toEqual(laptop.getSnapshot().value);
    expect(phone.getSnapshot().context.completed).toEqual(laptop.getSnapshot().context.completed);
  });

  it('resumes a self-assessment at the question reached', () => {
    const phone = adopted(journeyAfter(assessed[0], assessed[1], assessed[2]));
    expect(phone.getSnapshot().matches({ assessing: 'items' })).toBe(true);
    expect(phone.getSnapshot().context).toMatchObject({ cursor: 1, answers: { 'mapping-habit': 0 } });
    expect(adopted(journeyAfter(assessed[0])).getSnapshot().matches({ assessing: 'region' })).toBe(true);
  });
});

describe('readJourneyRecord', () => {
  const laptop = journeyAfter(...assessed, { type: 'journey.begin' });

  it('reads a journey record', () => {
    const record = recordOf(laptop);
    expect(readJourneyRecord({ ...record, device: 'd1' })).toEqual(record);
  });

  it('converts a saved machine snapshot (the document sync wrote before records) into the same record', () => {
    const old = { snapshot: laptop.getPersistedSnapshot(), updatedAt: times.updatedAt, device: 'd1' };
    expect(readJourneyRecord(JSON.parse(JSON.stringify(old)))).toEqual({ ...recordOf(laptop), assessedAt: null });
  });

  it('fills what a snapshot of an older release lacks, requiring only the region and the target', () => {
    const record = readJourneyRecord({
      snapshot: { value: 'notStarted', context: { region: 'global', target: { kind: 'path', pathId: 'essentials' } } },
      updatedAt: times.updatedAt,
    });
    expect(record).toMatchObject({ region: 'global', target: { kind: 'path', pathId: 'essentials' }, plan: null });
    expect(record?.assessment).toEqual({ round: 1, scope: null, cursor: 0, answers: {} });
  });

  it('treats anything that is not a journey document as unknown, without throwing', () => {
    const record = recordOf(laptop);
    for (const document of [
      undefined,
      null,
      'journey',
      { snapshot: 'oops' },
      { snapshot: { context: { target: { kind: 'model' } } } },
      { ...record, version: 2 },
      { ...record, plan: { stages: 'none' } },
      { ...record, region: undefined },
    ])
      expect(readJourneyRecord(document)).toBeUndefined();
  });
});
