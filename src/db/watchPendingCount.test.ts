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

/** The counts a watcher reports, and a promise for the first one (reported already or later) that satisfies `wanted`. */
function reportedCounts() {
  const seen: number[] = [];
  const waiting: Array<{ wanted: (count: number) => boolean; resolve: (count: number) => void }> = [];
  return {
    seen,
    report(count: number) {
      seen.push(count);
      for (const w of waiting.filter((w) => w.wanted(count))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(count);
      }
    },
    where(wanted: (count: number) => boolean): Promise<number> {
      const found = seen.find(wanted);
      return found !== undefined ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ wanted, resolve }));
    },
  };
}

describe('watchPendingCount', () => {
  it('reports how many statements wait to be sent, then each change as it is written, until unsubscribed', async () => {
    db = new AppDB('watch-pending');
    const counts = reportedCounts();
    const { seen } = counts;
    const stop = watchPendingCount(counts.report, db);
    expect(await counts.where((n) => n === 0)).toBe(0);

    const stamp = testStamp();
    const recorded = [
      statements.experiencedModule(stamp, 'm1', 'One'),
      statements.experiencedModule(stamp, 'm2', 'Two'),
    ];
    await recordStatements(recorded, db);
    expect(await counts.where((n) => n === 2)).toBe(2);

    await createSyncStore(db).markSent([recorded[0]!.id]);
    expect(await counts.where((n) => n === 1)).toBe(1);

    stop();
    const before = seen.length;
    await createSyncStore(db).markSent([recorded[1]!.id]);
    await db.outbox.count();
    expect(seen.length).toBe(before);
  });
});
