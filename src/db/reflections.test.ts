import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './AppDB';
import { listReflections, loadReflection, saveReflection } from './reflections';
import { loadRegion, REGION_MIRROR_KEY, saveRegion } from './region';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

describe('reflections', () => {
  it('returns an empty note until one is saved, then the latest text', async () => {
    db = new AppDB('test-reflections');
    expect(await loadReflection('m/r', db)).toBe('');
    await saveReflection({ key: 'm/r', moduleId: 'm', text: 'first' }, db);
    await saveReflection({ key: 'm/r', moduleId: 'm', text: 'second' }, db);
    expect(await loadReflection('m/r', db)).toBe('second');
    expect(await db.reflections.where('moduleId').equals('m').count()).toBe(1);
  });

  it('lists the written reflections, most recently changed first, leaving out blank ones', async () => {
    db = new AppDB('test-list');
    await db.reflections.bulkPut([
      { key: 'a/r', moduleId: 'a', text: 'older', updatedAt: '2026-01-01T00:00:00.000Z' },
      { key: 'b/r', moduleId: 'b', text: 'newer', updatedAt: '2026-02-01T00:00:00.000Z' },
      { key: 'c/r', moduleId: 'c', text: '  ', updatedAt: '2026-03-01T00:00:00.000Z' },
    ]);
    expect((await listReflections(db)).map((n) => n.text)).toEqual(['newer', 'older']);
  });

  it('survives closing and reopening the database', async () => {
    db = new AppDB('test-reopen');
    await saveReflection({ key: 'm/r', moduleId: 'm', text: 'kept' }, db);
    db.close();
    db = new AppDB('test-reopen');
    expect(await loadReflection('m/r', db)).toBe('kept');
  });
});

describe('region', () => {
  it('defaults to global and mirrors a saved choice for reading pages', async () => {
    db = new AppDB('test-region');
    const mirror = new Map<string, string>();
    expect(await loadRegion(db)).toBe('global');
    await saveRegion('emerging', db, { setItem: (k, v) => void mirror.set(k, v) });
    expect(await loadRegion(db)).toBe('emerging');
    expect(mirror.get(REGION_MIRROR_KEY)).toBe('emerging');
  });
});
