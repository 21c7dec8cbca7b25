import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../tests/helpers/memoryStorage';
import { AppDB } from '../db/AppDB';
import { loadStatements } from '../db/events';
import { loadJourneySnapshot, saveJourneySnapshot } from '../db/journeySnapshot';
import { statements } from '../lib/progress/statements';
import { testStamp } from '../lib/progress/testStamp';
import { replayEarlierWrites } from './replayEarlierWrites';
import { storageJournal } from './writeAheadJournal';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

const journey = (cursor: number) => ({ value: 'assessing', context: { assessment: { cursor } } });

describe('replayEarlierWrites', () => {
  it('stores the journey and statements a page noted but left before IndexedDB committed them, and settles them', async () => {
    db = new AppDB('replay-left');
    await saveJourneySnapshot(journey(0), db);
    const storage = new MemoryStorage();
    const leaving = storageJournal(storage);
    const s = testStamp();
    const answered = statements.experiencedModule(s, 'intro', 'Intro');
    leaving.note(`statements:${answered.id}`, [answered]);
    leaving.note('journey', journey(1));

    const later = storageJournal(storage);
    await replayEarlierWrites(later, db);

    expect(await loadJourneySnapshot(db)).toEqual(journey(1));
    expect((await loadStatements(db)).map((x) => x.id)).toEqual([answered.id]);
    expect(await db.outbox.count()).toBe(1);
    expect(later.unsettled()).toEqual([]);
  });

  it('stores nothing twice when the page that noted the statements wrote them after all', async () => {
    db = new AppDB('replay-twice');
    const storage = new MemoryStorage();
    const answered = statements.experiencedModule(testStamp(), 'intro', 'Intro');
    storageJournal(storage).note(`statements:${answered.id}`, [answered]);
    await replayEarlierWrites(storageJournal(storage), db);
    storageJournal(storage).note(`statements:${answered.id}`, [answered]);
    await replayEarlierWrites(storageJournal(storage), db);
    expect(await loadStatements(db)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('never writes a journey that a newer note replaced while it was being replayed', async () => {
    db = new AppDB('replay-newer');
    const storage = new MemoryStorage();
    storageJournal(storage).note('journey', journey(1));
    const replaying = storageJournal(storage);
    const [older] = replaying.unsettled();
    // Another tab notes (and is about to write) a newer journey: the older note no longer holds.
    storageJournal(storage).note('journey', journey(2));
    await saveJourneySnapshot(older!.entry, db, undefined, () => replaying.holds('journey', older!.token));
    expect(await loadJourneySnapshot(db)).toBeUndefined();
    await replayEarlierWrites(replaying, db);
    expect(await loadJourneySnapshot(db)).toEqual(journey(2));
  });

  it('leaves answers noted before grading to a page that runs the journey', async () => {
    db = new AppDB('replay-attempt');
    const storage = new MemoryStorage();
    storageJournal(storage).note('attempt:intro/1', { moduleId: 'intro', checkId: '1', chosen: [0] });
    const journal = storageJournal(storage);
    await replayEarlierWrites(journal, db);
    expect(journal.unsettled().map(({ key }) => key)).toEqual(['attempt:intro/1']);
  });

  it('keeps in the journal what storage still refuses, and lets the reader go on', async () => {
    db = new AppDB('replay-refused');
    await db.open();
    db.close(); // every write now fails, as with a full or blocked storage
    const storage = new MemoryStorage();
    const answered = statements.experiencedModule(testStamp(), 'intro', 'Intro');
    storageJournal(storage).note(`statements:${answered.id}`, [answered]);
    storageJournal(storage).note('journey', journey(1));
    const journal = storageJournal(storage);
    await expect(replayEarlierWrites(journal, db)).resolves.toBeUndefined();
    expect(journal.unsettled().map(({ key }) => key)).toEqual([`statements:${answered.id}`, 'journey']);
  });
});
