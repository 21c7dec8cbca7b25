import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';

/**
 * localStorage key mirroring the chosen region. IndexedDB is the record; the mirror lets reading
 * pages order their local notes synchronously, before first paint, without loading this module.
 */
export const REGION_MIRROR_KEY = 'cohesion.region';

/** The learner's chosen region id, "global" when none was chosen. */
export async function loadRegion(db: AppDB = defaultDb): Promise<string> {
  return (await db.profile.get('me'))?.region ?? 'global';
}

/** Records the learner's region in the database and its localStorage mirror. */
export async function saveRegion(
  region: string,
  db: AppDB = defaultDb,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): Promise<void> {
  await db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('me');
    await db.profile.put({ ...current, id: 'me', region, updatedAt: new Date().toISOString() });
  });
  try {
    storage?.setItem(REGION_MIRROR_KEY, region);
  } catch {
    // Storage may be full or blocked; the database remains the record and pages fall back to "global".
  }
}
