import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLearnerDataFile } from '../lib/progress/learnerDataFile';
import { statements } from '../lib/progress/statements';
import { testStamp } from '../lib/progress/testStamp';
import { AppDB } from './AppDB';
import { loadStatements, recordStatements } from './events';
import { exportLearnerData, importLearnerData } from './learnerData';
import { saveReflection } from './reflections';
import { saveRegion } from './region';
import { recordSolutionRevealed } from './revealedSolutions';

const dbs: AppDB[] = [];
const open = (name: string) => {
  const db = new AppDB(name);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function laptopWithData() {
  const laptop = open('laptop');
  const s = testStamp({ start: '2026-11-01T09:00:00Z', prefix: 'aaaaaaaa' });
  await saveRegion('emerging', laptop, undefined);
  await saveReflection(
    { key: 'intro/gaps', moduleId: 'intro', text: 'Meet procurement' },
    laptop,
    () => new Date('2026-11-01T09:00:00Z'),
  );
  await recordSolutionRevealed({ key: 'intro/draft', moduleId: 'intro' }, laptop);
  await recordStatements(
    [statements.experiencedModule(s, 'intro', 'Intro'), statements.completedModule(s, 'intro', 'Intro')],
    laptop,
  );
  return laptop;
}

describe('recordStatements', () => {
  it('appends to the log and the outbox, and never rewrites an existing statement', async () => {
    const db = open('record');
    const s = testStamp();
    const first = statements.experiencedModule(s, 'intro', 'Intro');
    await recordStatements([first], db);
    await recordStatements(
      [
        { ...first, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } },
        statements.completedModule(s, 'intro', 'Intro'),
      ],
      db,
    );
    const log = await loadStatements(db);
    expect(log).toHaveLength(2);
    expect(log[0]!.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(await db.outbox.count()).toBe(2);
  });

  it('stores a statement named twice in one batch once, and queues it once', async () => {
    const db = open('record-twice');
    const first = statements.experiencedModule(testStamp(), 'intro', 'Intro');
    await recordStatements([first, first], db);
    expect(await loadStatements(db)).toEqual([first]);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('export and import', () => {
  it('moves everything to another browser, and importing the same file again changes nothing', async () => {
    const laptop = await laptopWithData();
    const text = JSON.stringify(await exportLearnerData(laptop));
    const phone = open('phone');
    const parsed = parseLearnerDataFile(text);
    if (!parsed.ok) throw new Error(parsed.error);

    expect(await importLearnerData(parsed.data, phone)).toEqual({
      eventsAdded: 2,
      reflectionsUpdated: 1,
      regionUpdated: true,
      journeyRestored: false,
    });
    const snapshot = async () => ({
      events: await loadStatements(phone),
      reflections: await phone.reflections.toArray(),
      profile: await phone.profile.get('me'),
      revealedSolutions: await phone.revealedSolutions.toArray(),
    });
    const once = await snapshot();
    expect(await importLearnerData(parsed.data, phone)).toEqual({
      eventsAdded: 0,
      reflectionsUpdated: 0,
      regionUpdated: false,
      journeyRestored: false,
    });
    expect(await snapshot()).toEqual(once);
    expect(once.events).toHaveLength(2);
    expect(once.profile?.region).toBe('emerging');
    expect(once.revealedSolutions.map((s) => s.key)).toEqual(['intro/draft']);
  });

  it('merges with what the other browser already has: a union of events, the newer reflection wins', async () => {
    const laptop = await laptopWithData();
    const phone = open('phone-merge');
    const p = testStamp({ start: '2026-11-02T09:00:00Z', prefix: 'bbbbbbbb' });
    await recordStatements([statements.testedOutModule(p, 'value', 'Value', true)], phone);
    await saveReflection(
      { key: 'intro/gaps', moduleId: 'intro', text: 'Newer note on the phone' },
      phone,
      () => new Date('2026-11-02T09:00:00Z'),
    );
    const parsed = parseLearnerDataFile(JSON.stringify(await exportLearnerData(laptop)));
    if (!parsed.ok) throw new Error(parsed.error);
    await importLearnerData(parsed.data, phone);
    expect((await loadStatements(phone)).map((s) => s.verb.display?.['en-US'])).toEqual([
      'experienced',
      'completed',
      'passed',
    ]);
    expect(await phone.reflections.get('intro/gaps')).toMatchObject({
      text: 'Newer note on the phone',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
  });

  it('imports an event the file lists twice once', async () => {
    const laptop = await laptopWithData();
    const file = await exportLearnerData(laptop);
    const parsed = parseLearnerDataFile(JSON.stringify({ ...file, events: [...file.events, file.events[0]] }));
    if (!parsed.ok) throw new Error(parsed.error);
    const phone = open('phone-twice');
    expect((await importLearnerData(parsed.data, phone)).eventsAdded).toBe(2);
    expect(await loadStatements(phone)).toHaveLength(2);
  });

  it('writes nothing when a file is rejected', async () => {
    const laptop = await laptopWithData();
    const file = await exportLearnerData(laptop);
    const damaged = JSON.stringify({ ...file, events: [...file.events, { ...file.events[0], id: 'nope' }] });
    const phone = open('phone-reject');
    const parsed = parseLearnerDataFile(damaged);
    expect(parsed.ok).toBe(false);
    expect(await phone.events.count()).toBe(0);
    expect(await phone.reflections.count()).toBe(0);
  });
});
