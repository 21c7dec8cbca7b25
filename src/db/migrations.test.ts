import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from './AppDB';
import { loadJourneySnapshot, saveJourneySnapshot } from './journeySnapshot';
import { loadReflection } from './reflections';
import { loadRegion } from './region';

/** A database exactly as version 1 of the app created it. */
async function createVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ profile: 'id', reflections: 'key, moduleId, updatedAt' });
  await v1.table('profile').put({ id: 'me', region: 'emerging', updatedAt: '2026-01-01T00:00:00.000Z' });
  await v1.table('reflections').put({ key: 'm/r', moduleId: 'm', text: 'kept across upgrades', updatedAt: '2026-01-01T00:00:00.000Z' });
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
    expect(db.verno).toBe(2);
    await db.delete();
  });
});
