import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, declareVersions } from './AppDB';
import { loadStatements } from './events';
import { loadJourneySnapshot, saveJourneySnapshot } from './journeySnapshot';
import { loadReflection } from './reflections';
import { loadRegion } from './region';
import { connect } from './syncStore';

/** A database exactly as version 1 of the app created it. */
async function createVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ profile: 'id', reflections: 'key, moduleId, updatedAt' });
  await v1.table('profile').put({ id: 'me', region: 'emerging', updatedAt: '2026-01-01T00:00:00.000Z' });
  await v1
    .table('reflections')
    .put({ key: 'm/r', moduleId: 'm', text: 'kept across upgrades', updatedAt: '2026-01-01T00:00:00.000Z' });
  v1.close();
}

describe('AppDB upgrades', () => {
  it('v1 → v2 keeps the profile and reflections and adds an empty journey table', async () => {
    await createVersion1('upgrade-1-2');
    const db = new AppDB('upgrade-1-2');
    expect(await loadRegion(db)).toBe('emerging');
    expect(await loadReflection('m/r', db)).toBe('kept across upgrades');
    expect(await loadJourneySnapshot(db)).toBeUndefined();
    await saveJourneySnapshot({ value: 'planned' }, db);
    expect(await loadJourneySnapshot(db)).toEqual({ value: 'planned' });
    await db.delete();
  });

  it('v2 → v3 keeps the journey, profile and reflections and adds an empty event log and outbox', async () => {
    await createVersion1('upgrade-2-3');
    const v2 = new Dexie('upgrade-2-3');
    declareVersions(v2, 2);
    await v2.table('journey').put({ id: 'me', snapshot: { value: 'learning' }, updatedAt: '2026-02-01T00:00:00.000Z' });
    v2.close();

    const db = new AppDB('upgrade-2-3');
    expect(await loadJourneySnapshot(db)).toEqual({ value: 'learning' });
    expect(await loadRegion(db)).toBe('emerging');
    expect(await loadReflection('m/r', db)).toBe('kept across upgrades');
    expect(await loadStatements(db)).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(3);
    await db.delete();
  });

  it('v3 → v4 keeps the event log and its outbox and adds an empty sync table; connecting rewrites only unsent statements', async () => {
    await createVersion1('upgrade-3-4');
    const v3 = new Dexie('upgrade-3-4');
    declareVersions(v3, 3);
    const local = { objectType: 'Agent', account: { homePage: 'http://localhost', name: 'local-id' } };
    const event = (id: string) => ({
      id,
      actor: local,
      timestamp: `2026-03-01T00:00:0${id}.000Z`,
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      object: { objectType: 'Activity', id: 'urn:cohesion:module:m' },
    });
    await v3.table('events').bulkAdd([event('1'), event('2')]);
    await v3.table('outbox').bulkAdd([{ id: '2' }]);
    v3.close();

    const db = new AppDB('upgrade-3-4');
    expect((await loadStatements(db)).map((s) => s.id)).toEqual(['1', '2']);
    expect(await db.sync.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const agent = { account: { homePage: 'https://coe.example', name: 'alice' } };
    await connect({ endpoint: 'https://coe.example/xapi/', username: 'u', password: 'p', agent, kind: 'cohesion' }, db);
    const [sent, unsent] = await loadStatements(db);
    expect(sent!.actor).toEqual(local); // statement 1 left this device long ago (not in the outbox)
    expect(unsent!.actor).toEqual({ objectType: 'Agent', ...agent });
    expect((await db.sync.get('me'))?.connection?.agent).toEqual(agent);
    await db.delete();
  });

  it('v4 → v5 keeps the log, outbox and sync row and adds an empty quarantine for refused statements', async () => {
    const v4 = new Dexie('upgrade-4-5');
    declareVersions(v4, 4);
    const event = {
      id: '1',
      actor: { mbox: 'mailto:a@example.org' },
      timestamp: '2026-03-01T00:00:01.000Z',
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      object: { objectType: 'Activity', id: 'urn:cohesion:module:m' },
    };
    await v4.table('events').add(event);
    await v4.table('outbox').add({ id: '1' });
    await v4.table('sync').put({ id: 'me', device: 'd', cursor: '2026-03-01T00:00:00.000Z' });
    v4.close();
    const db = new AppDB('upgrade-4-5');
    expect(await loadStatements(db)).toEqual([event]);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.sync.get('me'))?.cursor).toBe('2026-03-01T00:00:00.000Z');
    expect(await db.quarantine.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(5);
    await db.delete();
  });

  it('v5 → v6 keeps the quarantine and reflections and adds an empty table of revealed solutions', async () => {
    await createVersion1('upgrade-5-6');
    const v5 = new Dexie('upgrade-5-6');
    declareVersions(v5, 5);
    await v5.table('quarantine').put({ key: 'q', statement: {}, reason: 'r', source: 'sync', receivedAt: 'x' });
    v5.close();
    const db = new AppDB('upgrade-5-6');
    expect(await loadReflection('m/r', db)).toBe('kept across upgrades');
    expect(await db.quarantine.count()).toBe(1);
    expect(await db.revealedSolutions.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(6);
    await db.delete();
  });

  it('v6 → v7 keeps the revealed solutions and reflections and adds an empty table of review reminders', async () => {
    await createVersion1('upgrade-6-7');
    const v6 = new Dexie('upgrade-6-7');
    declareVersions(v6, 6);
    await v6.table('revealedSolutions').put({ key: 'm/e', moduleId: 'm', revealedAt: 'x' });
    v6.close();
    const db = new AppDB('upgrade-6-7');
    expect(await loadReflection('m/r', db)).toBe('kept across upgrades');
    expect(await db.revealedSolutions.count()).toBe(1);
    expect(await db.reminders.count()).toBe(0);
    expect(db.verno).toBe(8);
    await db.delete();
  });
  it('v7 → v8 keeps the review reminders and adds empty tables of case drafts and cached field cases', async () => {
    await createVersion1('upgrade-7-8');
    const v7 = new Dexie('upgrade-7-8');
    declareVersions(v7, 7);
    await v7.table('reminders').put({ id: 'review', reminded: ['a'] });
    v7.close();
    const db = new AppDB('upgrade-7-8');
    expect(await loadReflection('m/r', db)).toBe('kept across upgrades');
    expect(await db.reminders.count()).toBe(1);
    expect(await db.caseDrafts.count()).toBe(0);
    expect(await db.fieldCases.count()).toBe(0);
    expect(db.verno).toBe(8);
    await db.delete();
  });
});
