import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './AppDB';
import { isSolutionRevealed, recordSolutionRevealed } from './revealedSolutions';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

describe('revealed solutions', () => {
  it('remembers that a solution was revealed, per module and exercise', async () => {
    db = new AppDB('test-solutions');
    expect(await isSolutionRevealed('m/e', db)).toBe(false);
    await recordSolutionRevealed({ key: 'm/e', moduleId: 'm' }, db);
    expect(await isSolutionRevealed('m/e', db)).toBe(true);
    expect(await isSolutionRevealed('m/other', db)).toBe(false);
  });

  it('keeps the time of the first reveal', async () => {
    db = new AppDB('test-solutions-first');
    await recordSolutionRevealed({ key: 'm/e', moduleId: 'm' }, db, () => new Date('2026-01-01T00:00:00Z'));
    await recordSolutionRevealed({ key: 'm/e', moduleId: 'm' }, db, () => new Date('2026-02-01T00:00:00Z'));
    expect((await db.revealedSolutions.get('m/e'))?.revealedAt).toBe('2026-01-01T00:00:00.000Z');
  });
});
