import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';

/** The stored journey snapshot, or undefined for a learner who has not started. */
export async function loadJourneySnapshot(db: AppDB = defaultDb): Promise<unknown> {
  return (await db.journey.get('me'))?.snapshot;
}

/**
 * Replaces the stored journey snapshot. An unchanged snapshot is not written, so `updatedAt` says
 * when the journey last really changed (sync compares it across devices); `now` is the clock.
 */
export async function saveJourneySnapshot(
  snapshot: unknown,
  db: AppDB = defaultDb,
  now: () => Date = () => new Date(),
): Promise<void> {
  await db.transaction('rw', db.journey, async () => {
    const current = await db.journey.get('me');
    if (current && JSON.stringify(current.snapshot) === JSON.stringify(snapshot)) return;
    await db.journey.put({ id: 'me', snapshot, updatedAt: now().toISOString() });
  });
}
