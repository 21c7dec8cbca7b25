import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../tests/helpers/memoryStorage';
import { storageJournal } from './writeAheadJournal';

const withoutTokens = (entries: Array<{ key: string; entry: unknown }>) =>
  entries.map(({ key, entry }) => ({ key, entry }));

describe('storageJournal', () => {
  it('hands a later page the writes an earlier page noted but never settled, oldest first', () => {
    const storage = new MemoryStorage();
    const leaving = storageJournal(storage);
    leaving.note('statements:a', [{ id: 'a' }]);
    const settled = leaving.note('statements:b', [{ id: 'b' }]);
    leaving.note('journey', { plan: 1 });
    leaving.settle('statements:b', settled);

    expect(withoutTokens(storageJournal(storage).unsettled())).toEqual([
      { key: 'statements:a', entry: [{ id: 'a' }] },
      { key: 'journey', entry: { plan: 1 } },
    ]);
  });

  it('keeps a newer note when an older write under the same key settles', () => {
    const storage = new MemoryStorage();
    const journal = storageJournal(storage);
    const older = journal.note('journey', { plan: 1 });
    journal.note('journey', { plan: 2 });
    journal.settle('journey', older);
    expect(withoutTokens(journal.unsettled())).toEqual([{ key: 'journey', entry: { plan: 2 } }]);
  });

  it('lets exactly one of two pages settle a note, telling the other it was settled already', () => {
    const storage = new MemoryStorage();
    const token = storageJournal(storage).note('attempt:m/c/1', { chosen: [0] });
    const [left] = storageJournal(storage).unsettled();
    const { key, token: found } = left!;
    expect(found).toBe(token);
    expect(storageJournal(storage).settle(key, found)).toBe(true);
    expect(storageJournal(storage).settle(key, token)).toBe(false);
  });

  it('lets a note that storage refused be settled: nobody else can have taken it', () => {
    const full = new MemoryStorage();
    full.quotaLeft = 0;
    const journal = storageJournal(full);
    expect(journal.settle('attempt:m/c/1', journal.note('attempt:m/c/1', { chosen: [0] }))).toBe(true);
  });

  it('keeps nothing, and throws nothing, when storage is missing or full', () => {
    expect(storageJournal(undefined).unsettled()).toEqual([]);
    const full = new MemoryStorage();
    full.quotaLeft = 0;
    const journal = storageJournal(full);
    expect(() => journal.settle('journey', journal.note('journey', { plan: 1 }))).not.toThrow();
    expect(journal.unsettled()).toEqual([]);
  });

  it('drops an entry it cannot read and leaves other keys of the storage alone', () => {
    const storage = new MemoryStorage();
    storage.setItem('cohesion.region', 'emea');
    storage.setItem('cohesion.journal.journey', '{"tor');
    expect(withoutTokens(storageJournal(storage).unsettled())).toEqual([]);
    expect(storage.getItem('cohesion.journal.journey')).toBeNull();
    expect(storage.getItem('cohesion.region')).toBe('emea');
  });
});
