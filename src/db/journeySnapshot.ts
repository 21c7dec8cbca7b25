import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';

/** The stored journey snapshot, or undefined for a learner who has not started. */
export async function loadJourneySnapshot(db: AppDB = defaultDb): Promise<unknown> {
  return (await db.journey.get('me'))?.snapshot;
}

/** Replaces the stored journey snapshot. */
export async function saveJourneySnapshot(snapshot: unknown, db: AppDB = defaultDb): Promise<void> {
  await db.journey.put({ id: 'me', snapshot, updatedAt: new Date().toISOString() });
}
