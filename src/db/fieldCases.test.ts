import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './AppDB';
import { readFieldCases, replaceFieldCases } from './fieldCases';

let db: AppDB;
afterEach(() => db.delete());

describe('fieldCases', () => {
  it('says the library was never fetched before the first fetch', async () => {
    db = new AppDB('field-cases-1');
    expect(await readFieldCases(db)).toEqual({ entries: [], cachedAt: null });
  });

  it('keeps exactly the cases last served, with the time they were fetched', async () => {
    db = new AppDB('field-cases-2');
    await replaceFieldCases([{ id: 'a' }, { id: 'b' }], db, () => new Date('2026-06-01T00:00:00Z'));
    await replaceFieldCases([{ id: 'b' }], db, () => new Date('2026-06-02T00:00:00Z'));
    expect(await readFieldCases(db)).toEqual({ entries: [{ id: 'b' }], cachedAt: '2026-06-02T00:00:00.000Z' });
  });
});
