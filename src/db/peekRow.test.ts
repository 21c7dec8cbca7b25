import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './AppDB';
import { saveJourneySnapshot } from './journeySnapshot';
import { peekRow } from './peekRow';

const names = () => indexedDB.databases().then((list) => list.map((d) => d.name));
let db: AppDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('peeking at a row without Dexie', () => {
  it('finds nothing in a browser without the database, and leaves it without one', async () => {
    expect(await peekRow('journey', 'me', 'peek-absent')).toBeUndefined();
    expect(await names()).not.toContain('peek-absent');
  });

  it('reads the row Dexie saved', async () => {
    db = new AppDB('peek-saved');
    await saveJourneySnapshot({ value: { assessing: 'items' }, context: { cursor: 3 } }, db);
    db.close();
    expect(await peekRow('journey', 'me', 'peek-saved')).toMatchObject({
      id: 'me',
      snapshot: { value: { assessing: 'items' }, context: { cursor: 3 } },
    });
  });

  it('finds nothing when the database holds no such row', async () => {
    db = new AppDB('peek-empty');
    await db.open();
    expect(await peekRow('journey', 'me', 'peek-empty')).toBeUndefined();
  });

  it('does not stand in the way of Dexie opening the database afterwards', async () => {
    db = new AppDB('peek-then-open');
    await saveJourneySnapshot({ value: 'planned' }, db);
    db.close();
    await peekRow('journey', 'me', 'peek-then-open');
    await db.open();
    expect((await db.journey.get('me'))?.snapshot).toEqual({ value: 'planned' });
  });
});
