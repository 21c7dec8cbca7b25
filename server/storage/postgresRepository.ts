import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { kyselyRepository, type LockKey } from './kyselyRepository.ts';
import { migrate } from './migrations.ts';
import { postgresStatementWriter } from './postgresStatementWriter.ts';
import { PreparingClient } from './preparedStatements.ts';
import type { Repository } from './repository.ts';

// BIGINT (seq, *_ms) as a JS number rather than node-postgres's default string: the values are
// sequence numbers and millisecond times, far below 2^53.
const BIGINT_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === BIGINT_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** PostgreSQL's writers run in parallel: a transaction-scoped advisory lock on the key's hash serialises them. */
const advisoryLock: LockKey = async (trx, key) => {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
};

/**
 * Connects to PostgreSQL (`DATABASE_URL`) with node-postgres, applies pending migrations under an
 * advisory lock, and returns the repository. Every write commits (synchronous_commit is PostgreSQL's
 * default: on) before its promise resolves. `openConnections`: how many of the pool's connections to
 * open before returning (at most the pool's size): a server about to listen opens several, since each
 * costs a SCRAM handshake (tens of ms) and the first requests, and the reports planned at start, hold one
 * for a lock and query on others; a command or a test needs only the one the migrations open.
 */
export async function openPostgresRepository(
  url: string,
  poolSize = 10,
  statementTimeoutMs = 30_000,
  openConnections = 1,
): Promise<Repository> {
  // At least two: `exclusively` holds one for its lock while the work it guards queries on another.
  const max = Math.max(2, poolSize);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types,
    statement_timeout: statementTimeoutMs,
    Client: PreparingClient,
  });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing the process
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, 'postgres', (trx) => advisoryLock(trx, 'schema_migrations'));
    if (openConnections > 1) {
      const clients = await Promise.all(Array.from({ length: Math.min(max, openConnections) }, () => pool.connect()));
      for (const client of clients) client.release();
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyRepository(db, 'postgres', advisoryLock, { writeStatements: postgresStatementWriter(pool) });
}
