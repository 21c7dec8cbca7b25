import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { kyselyRepository } from './kyselyRepository.ts';
import { migrate } from './migrations.ts';
import { NodeSqliteDialect } from './nodeSqliteDialect.ts';
import type { Repository } from './repository.ts';

/**
 * Opens (creating if needed) the SQLite database file with Node's built-in `node:sqlite`: WAL
 * journal and `synchronous = FULL`, so a committed write survives a crash or power loss; every
 * transaction commits before its promise resolves. `readOnly` opens an already migrated file for
 * reading only (a snapshot or replica): every write then fails as a storage failure (503).
 */
export async function openSqliteRepository(file: string, options: { readOnly?: boolean } = {}): Promise<Repository> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new DatabaseSync(file, { readOnly: options.readOnly ?? false });
  sqlite.exec(
    `${options.readOnly ? '' : 'PRAGMA journal_mode = WAL; '}PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;`,
  );
  const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(sqlite) });
  // No lock needed: each transaction holds SQLite's one write lock (BEGIN IMMEDIATE).
  const noLock = async () => {};
  await migrate(db, 'sqlite', noLock);
  return kyselyRepository(db, 'sqlite', noLock);
}
