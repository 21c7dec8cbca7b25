import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LearningStatement } from '../lib/progress/statements';
import { statements } from '../lib/progress/statements';
import { testStamp } from '../lib/progress/testStamp';
import { AppDB } from './AppDB';
import { recordStatements } from './events';
import { watchStatements } from './watchStatements';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

describe('watchStatements', () => {
  it('reports the log at once and again after each write, until stopped', async () => {
    db = new AppDB('watch-statements');
    const stamp = testStamp();
    const seen: number[] = [];
    let wanted: { size: number; resolve: () => void } | undefined;
    const sizeReached = (size: number) =>
      new Promise<void>((resolve) => {
        if (seen.includes(size)) resolve();
        else wanted = { size, resolve };
      });
    const stop = watchStatements((log: LearningStatement[]) => {
      seen.push(log.length);
      if (wanted && log.length === wanted.size) wanted.resolve();
    }, db);
    await sizeReached(0);
    await recordStatements([statements.reviewedCheck(stamp, 'm1', 'a', true, [0])], db);
    await sizeReached(1);
    stop();
    await recordStatements([statements.reviewedCheck(stamp, 'm1', 'a', false, [1])], db);
    expect(await db.events.count()).toBe(2);
    expect(seen).not.toContain(2);
  });
});
