import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { statements } from '../lib/progress/statements';
import { testStamp } from '../lib/progress/testStamp';
import { AppDB } from './AppDB';
import { recordStatements } from './events';
import { createSyncStore } from './syncStore';
import { watchPendingCount } from './watchPendingCount';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

/** Resolves with the first count `seen` reports that satisfies `wanted`. */
function countWhere(seen: number[], wanted: (count: number) => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => (seen.some(wanted) ? resolve(seen.find(wanted)!) : setTimeout(check, 5));
    check();
  });
}

describe('watchPendingCount', () => {
  it('reports how many statements wait to be sent, then each change as it is written, until unsubscribed', async () => {
    db = new AppDB('watch-pending');
    const seen: number[] = [];
    const stop = watchPendingCount((count) => seen.push(count), db);
    expect(await countWhere(seen, (n) => n === 0)).toBe(0);

    const stamp = testStamp();
    const recorded = [
      statements.experiencedModule(stamp, 'm1', 'One'),
      statements.experiencedModule(stamp, 'm2', 'Two'),
    ];
    await recordStatements(recorded, db);
    expect(await countWhere(seen, (n) => n === 2)).toBe(2);

    await createSyncStore(db).markSent([recorded[0]!.id]);
    expect(await countWhere(seen, (n) => n === 1)).toBe(1);

    stop();
    const before = seen.length;
    await createSyncStore(db).markSent([recorded[1]!.id]);
    await db.outbox.count();
    expect(seen.length).toBe(before);
  });
});
