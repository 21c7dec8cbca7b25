import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Starts a query text that PostgreSQL should keep prepared: a node-postgres client made by
 * `preparingClient` runs it as a named prepared statement, so each connection plans it once (or a
 * few times, while PostgreSQL weighs a generic plan) instead of on every call. SQLite reads it as a comment.
 * Only for texts whose result columns are named (no `SELECT *`): a prepared `*` fails once a migration adds a column.
 */
export const PREPARED = '/* prepared */ ';

// Per connection: PostgreSQL keeps every prepared statement until the connection closes.
const PER_CONNECTION = 64;

const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (name === undefined) {
    name = `cohesion_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < 4 * PER_CONNECTION) names.set(text, name);
  }
  return name;
};

/**
 * A node-postgres Client that runs the texts marked PREPARED (with parameters, as Kysely sends
 * them) as named prepared statements, up to 64 distinct texts per connection, others as before.
 * For the reads that are planned far more often than the data changes shape: the statement
 * pages, whose recursive StatementRef query cost PostgreSQL more to plan than to run.
 */
export class PreparingClient extends pg.Client {
  readonly #prepared = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's query() has many overloads; this passes each through.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && config.startsWith(PREPARED)) {
      const name = nameOf(config);
      if (this.#prepared.has(name) || this.#prepared.size < PER_CONNECTION) {
        this.#prepared.add(name);
        return super.query({ name, text: config, values }, callback);
      }
    }
    return super.query(config, values, callback);
  }
}
