import { existsSync, rmSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';

/** Copies the SQLite database at `dbFile` to `target` with SQLite's online backup API: consistent while the server keeps writing. */
export async function backupSqlite(dbFile: string, target: string): Promise<void> {
  if (!existsSync(dbFile)) throw new Error(`No database at ${dbFile}: nothing to back up.`);
  if (existsSync(target)) throw new Error(`${target} exists already: choose a new file for the backup.`);
  const source = new DatabaseSync(dbFile, { readOnly: true });
  try {
    await backup(source, target);
  } finally {
    source.close();
  }
}

/**
 * Replaces the database at `dbFile` with the backup at `source` (stop the server first), after
 * checking the backup is a Cohesion database; the server migrates it on its next start if it is older.
 */
export async function restoreSqlite(source: string, dbFile: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`No backup at ${source}.`);
  const backupDb = new DatabaseSync(source, { readOnly: true });
  try {
    const table = backupDb
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (table === undefined) throw new Error(`${source} is not a Cohesion database (no schema_migrations table).`);
    // The restored file stands alone: a write-ahead log left by the replaced database must not be replayed over it.
    for (const suffix of ['-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
    await backup(backupDb, dbFile);
  } finally {
    backupDb.close();
  }
}
