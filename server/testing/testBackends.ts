import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openPostgresRepository } from '../storage/postgresRepository.ts';
import type { Repository } from '../storage/repository.ts';
import { openSqliteRepository } from '../storage/sqliteRepository.ts';
import { lateBound } from './lateBound.ts';

/** A storage backend the shared suites run against, with a fresh empty database per `open()` (and a read-only connection to it on demand). */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** `load`: SQL run on the empty database before the repository opens (and migrates) it, e.g. a dump made by older code. */
  open(options?: { load?: string }): Promise<{
    repository: Repository;
    cleanup: () => Promise<void>;
    openReadOnly: () => Promise<Repository>;
    /** Where the database is: the SQLite file, or the PostgreSQL schema. */
    location: string;
    /** The environment that points a `server/main.ts` process at this database. */
    serverEnv: Record<string, string>;
  }>;
}

/** A fresh SQLite file in a temporary folder per `open()`, removed by `cleanup`. */
export const SQLITE_BACKEND: TestBackend = {
  name: 'sqlite',
  async open({ load } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'cohesion-server-'));
    const file = join(dir, 'test.sqlite');
    if (load !== undefined) {
      const db = new DatabaseSync(file);
      db.exec(load);
      db.close();
    }
    const repository = await openSqliteRepository(file);
    return {
      repository,
      location: file,
      serverEnv: { COHESION_DB_FILE: file, DATABASE_URL: '' },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      openReadOnly: () => openSqliteRepository(file, { readOnly: true }),
    };
  },
};

/** A PostgreSQL backend on TEST_DATABASE_URL: each open() gets its own schema, dropped afterwards. */
function postgres(url: string): TestBackend {
  return {
    name: 'postgres',
    async open({ load } = {}) {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      if (load !== undefined) await admin.query(`SET search_path TO ${schema}; ${load}; SET search_path TO DEFAULT`);
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const repository = await openPostgresRepository(scoped.toString());
      const readOnly = new URL(url);
      readOnly.searchParams.set('options', `-c search_path=${schema} -c default_transaction_read_only=on`);
      return {
        repository,
        location: schema,
        serverEnv: { DATABASE_URL: scoped.toString() },
        openReadOnly: () => openPostgresRepository(readOnly.toString()),
        cleanup: async () => {
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  };
}

const databaseUrl = process.env.TEST_DATABASE_URL;
if (databaseUrl === undefined || databaseUrl === '') {
  console.info(
    'PostgreSQL storage tests skipped: set TEST_DATABASE_URL (e.g. postgres://cohesion:cohesion@localhost/cohesion_test) to run them.',
  );
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const TEST_BACKENDS: TestBackend[] = databaseUrl ? [SQLITE_BACKEND, postgres(databaseUrl)] : [SQLITE_BACKEND];

/**
 * Opens a fresh database of the backend before the enclosing describe block's tests — before each
 * test with `each` — and closes and removes it after them. The repository is usable inside tests and hooks.
 */
export function useTestRepository(backend: TestBackend, options: { each?: boolean } = {}): Repository {
  const repository = lateBound<Repository>('test repository');
  let cleanup: () => Promise<void>;
  const [before, after] = options.each ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    const opened = await backend.open();
    repository.bind(opened.repository);
    cleanup = opened.cleanup;
  });
  after(async () => {
    await repository.value.close();
    await cleanup();
  });
  return repository.proxy;
}
