import type { AppDB, CachedCase } from './AppDB';
import { db as defaultDb } from './db';

/** Replaces the cached library with what the server just served (a case no longer served is dropped). */
export async function replaceFieldCases(
  entries: Array<{ id: string }>,
  db: AppDB = defaultDb,
  now: () => Date = () => new Date(),
): Promise<void> {
  const cachedAt = now().toISOString();
  await db.transaction('rw', db.fieldCases, async () => {
    await db.fieldCases.clear();
    await db.fieldCases.bulkPut(entries.map((entry) => ({ id: entry.id, entry, cachedAt })));
  });
}

/** The library as this browser last fetched it, and when (null when never fetched). */
export async function readFieldCases(db: AppDB = defaultDb): Promise<{ entries: unknown[]; cachedAt: string | null }> {
  const rows: CachedCase[] = await db.fieldCases.toArray();
  return { entries: rows.map((r) => r.entry), cachedAt: rows[0]?.cachedAt ?? null };
}
