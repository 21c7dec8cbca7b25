import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

/** SQLite has no boolean: bind `true`/`false` as 1/0 (node:sqlite refuses booleans). */
const bindable = (value: unknown): SQLInputValue =>
  typeof value === 'boolean' ? (value ? 1 : 0) : (value as SQLInputValue);

const MAX_PREPARED = 256;

/** The one connection to a `node:sqlite` database; prepared statements are kept, keyed by their SQL. */
class NodeSqliteConnection implements DatabaseConnection {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, { statement: StatementSync; reader: boolean }>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  #prepare(sql: string) {
    let prepared = this.#statements.get(sql);
    if (prepared === undefined) {
      const statement = this.#db.prepare(sql);
      prepared = { statement, reader: statement.columns().length > 0 };
      // Bounded: queries with IN lists or multi-row VALUES have one text per length.
      if (this.#statements.size >= MAX_PREPARED) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, prepared);
    }
    return prepared;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { statement, reader } = this.#prepare(query.sql);
    const params = query.parameters.map(bindable);
    if (reader) return { rows: statement.all(...params) as R[] };
    const { changes, lastInsertRowid } = statement.run(...params);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered; the repository reads whole pages.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('node:sqlite connection does not stream');
  }

  /** Runs SQL without results (transaction control, PRAGMAs). */
  exec(sql: string) {
    this.#db.exec(sql);
  }

  get isTransaction() {
    return this.#db.isTransaction;
  }
}

/**
 * Kysely driver over one `node:sqlite` DatabaseSync. Kysely serialises use of the single
 * connection (SqliteAdapter: no multiple connections), so a transaction holds it until it ends.
 */
class NodeSqliteDriver implements Driver {
  readonly #db: DatabaseSync;
  readonly #connection: NodeSqliteConnection;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#connection = new NodeSqliteConnection(db);
  }

  async init() {}

  async acquireConnection() {
    return this.#connection;
  }

  // IMMEDIATE takes the write lock up front: another process's writer then waits (busy_timeout)
  // instead of both reading first and one failing with SQLITE_BUSY when it upgrades to write.
  async beginTransaction() {
    this.#connection.exec('BEGIN IMMEDIATE');
  }

  async commitTransaction() {
    this.#connection.exec('COMMIT');
  }

  // SQLite has already rolled back after some failures (disk full, I/O error): a second ROLLBACK
  // would fail and hide the real cause ("cannot rollback - no transaction is active").
  async rollbackTransaction() {
    if (this.#connection.isTransaction) this.#connection.exec('ROLLBACK');
  }

  async releaseConnection() {}

  async destroy() {
    this.#db.close();
  }
}

/** Kysely's SQLite dialect on Node's built-in `node:sqlite` (Kysely's own SqliteDialect expects better-sqlite3). */
export class NodeSqliteDialect implements Dialect {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  createDriver() {
    return new NodeSqliteDriver(this.#db);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own dialects take Kysely<any> here.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
