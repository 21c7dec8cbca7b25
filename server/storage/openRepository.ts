import type { Repository } from './repository.ts';
import { openSqliteRepository } from './sqliteRepository.ts';

/** Opens the configured storage — PostgreSQL when a database URL is given, else the SQLite file — migrated to the latest schema. */
export async function openRepository(options: {
  databaseUrl: string | undefined;
  dbFile: string;
  dbPoolSize?: number;
  dbStatementTimeoutMs?: number;
  /** PostgreSQL connections to open at once (see `openPostgresRepository`): a server opens several. */
  openConnections?: number;
}): Promise<Repository> {
  if (options.databaseUrl !== undefined) {
    const { openPostgresRepository } = await import('./postgresRepository.ts');
    return openPostgresRepository(
      options.databaseUrl,
      options.dbPoolSize,
      options.dbStatementTimeoutMs,
      options.openConnections,
    );
  }
  return openSqliteRepository(options.dbFile);
}
