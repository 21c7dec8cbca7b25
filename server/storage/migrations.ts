import { type ColumnDataType, type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';

/** The database a migration runs on; only column types, WITHOUT ROWID and JSON functions differ. */
export type Dialect = 'sqlite' | 'postgres';

/** One schema change, applied once and recorded in `schema_migrations`. Versions are only ever added. */
export interface Migration {
  version: number;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a migration runs before (and while) the tables it creates exist.
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Column types by dialect: SQLite's INTEGER is 64-bit and it has no boolean; PostgreSQL needs BIGINT and BYTEA. */
const types = (dialect: Dialect) =>
  dialect === 'sqlite'
    ? ({ long: 'integer', bytes: 'blob', flag: 'integer', no: 0 } as const)
    : ({ long: 'bigint', bytes: 'bytea', flag: 'boolean', no: false } as const);

/** A column: name, type, and whether it may be NULL (columns are NOT NULL unless marked). */
type Column = [name: string, type: ColumnDataType, nullable?: 'null'];

/**
 * Columns written as in DDL, `'id text, created_ms long, revoked_ms long null'`: each a name, a type
 * (`text`, `integer`, or `long` and `bytes`, which `types` turns into the dialect's own) and `null`
 * when it may be NULL.
 */
function columnsOf(dialect: Dialect, ddl: string): Column[] {
  const t = types(dialect);
  return ddl
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .map(([name, type, nullable]): Column => {
      const dialectType = type === 'long' ? t.long : type === 'bytes' ? t.bytes : (type as 'text' | 'integer');
      return nullable === 'null' ? [name!, dialectType, 'null'] : [name!, dialectType];
    });
}

/**
 * Creates a table whose primary key is `key`. `keyOnly` (index and link tables): on SQLite WITHOUT
 * ROWID, stored as that key's b-tree alone; PostgreSQL has no such option.
 */
async function createTable(
  // biome-ignore lint/suspicious/noExplicitAny: see Migration.up
  db: Kysely<any>,
  dialect: Dialect,
  name: string,
  columns: Column[] | string,
  key: string[],
  keyOnly = false,
) {
  let table: CreateTableBuilder<string, string> = db.schema.createTable(name);
  // A one-column key is declared as the first schema did it, without NOT NULL (PostgreSQL implies it;
  // SQLite does not), so databases made then and now have the same schema.
  const bare = (column: string, nullable?: 'null') => nullable === 'null' || (key.length === 1 && key[0] === column);
  for (const [column, type, nullable] of typeof columns === 'string' ? columnsOf(dialect, columns) : columns)
    table = table.addColumn(column, type, (c) => (bare(column, nullable) ? c : c.notNull()));
  table = table.addPrimaryKeyConstraint(`${name}_pkey`, key);
  await (keyOnly && dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table).execute();
}

/** The schema, version by version. Statement paging is keyset paging on `seq`, a time-ordered id. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'statements, documents, users',
    async up(db, dialect) {
      const t = types(dialect);
      const s = db.schema;
      await s
        .createTable('statements')
        .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) =>
          dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('stored_ms', t.long, (c) => c.notNull())
        .addColumn('verb_id', 'text', (c) => c.notNull())
        .addColumn('registration', 'text')
        .addColumn('target_id', 'text')
        .addColumn('voids', t.flag, (c) => c.notNull().defaultTo(t.no))
        .addColumn('voided', t.flag, (c) => c.notNull().defaultTo(t.no))
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('statements_verb').on('statements').columns(['verb_id', 'seq']).execute();
      await s.createIndex('statements_registration').on('statements').columns(['registration', 'seq']).execute();
      await s.createIndex('statements_target').on('statements').column('target_id').execute();
      await s.createIndex('statements_stored').on('statements').columns(['stored_ms', 'seq']).execute();
      for (const [table, column] of [
        ['statement_agents', 'agent_key'],
        ['statement_activities', 'activity_id'],
      ]) {
        await createTable(
          db,
          dialect,
          table!,
          `${column} text, relation text, seq long`,
          [column!, 'relation', 'seq'],
          true,
        );
      }
      await s.createIndex('statement_agents_seq').on('statement_agents').column('seq').execute();
      await createTable(db, dialect, 'attachments', 'sha2 text, content_type text, content bytes', ['sha2']);
      await createTable(db, dialect, 'activities', 'id text, definition text', ['id']);
      await createTable(db, dialect, 'agent_names', 'agent_key text, name text', ['agent_key', 'name'], true);
      const documentKey = ['kind', 'activity_id', 'agent_key', 'registration', 'doc_id'];
      const document = `kind text, activity_id text, agent_key text, registration text, doc_id text,
        content_type text, content bytes, etag text, updated_ms long`;
      await createTable(db, dialect, 'documents', document, documentKey);
      const users = 'username text, secret_hash text, role text, agent text null, created_ms long';
      await createTable(db, dialect, 'users', users, ['username']);
      const enrolmentCodes = `code_hash text, issued_by text, agent text null, expires_ms long, used_ms long null,
        used_by text null`;
      await createTable(db, dialect, 'enrolment_codes', enrolmentCodes, ['code_hash']);
    },
  },
  {
    version: 2,
    name: 'index of StatementRef statements',
    // A page's StatementRef stream walks only the statements that target another (few), not all.
    async up(db) {
      await db.schema
        .createIndex('statements_refs')
        .on('statements')
        .column('target_id')
        .where('target_id', 'is not', null)
        .execute();
    },
  },
  {
    version: 3,
    name: 'aggregates kept up to date from statements (workforce standings)',
    async up(db, dialect) {
      await createTable(db, dialect, 'aggregates', 'kind text, key text, value text', ['kind', 'key'], true);
    },
  },
  {
    version: 4,
    name: 'attachments belong to the statements that delivered them; codes that add a device',
    async up(db, dialect) {
      const t = types(dialect);
      await createTable(db, dialect, 'statement_attachments', 'seq long, sha2 text', ['seq', 'sha2'], true);
      // Existing data: each attachment stays served with the first statement that declared it.
      // The statement bodies are JSON text, read with each dialect's own JSON functions.
      await (dialect === 'sqlite'
        ? sql`INSERT OR IGNORE INTO statement_attachments (seq, sha2)
            SELECT MIN(s.seq), json_extract(j.value, '$.sha2') FROM statements s, json_each(s.body, '$.attachments') j
            WHERE s.body LIKE '%"attachments"%' AND json_extract(j.value, '$.sha2') IN (SELECT sha2 FROM attachments)
            GROUP BY json_extract(j.value, '$.sha2')`
        : sql`INSERT INTO statement_attachments (seq, sha2)
            SELECT MIN(s.seq), a.value->>'sha2' FROM statements s
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(s.body::jsonb->'attachments') = 'array' THEN s.body::jsonb->'attachments' ELSE '[]'::jsonb END) AS a(value)
            WHERE s.body LIKE '%"attachments"%' AND a.value->>'sha2' IN (SELECT sha2 FROM attachments)
            GROUP BY a.value->>'sha2'
            ON CONFLICT DO NOTHING`
      ).execute(db);
      await db.schema
        .alterTable('enrolment_codes')
        .addColumn('adds_device', t.flag, (c) => c.notNull().defaultTo(t.no))
        .execute();
      await db
        .updateTable('enrolment_codes')
        .set({ adds_device: true })
        .where((eb) =>
          eb.or([
            eb('issued_by', '=', 'cli'),
            eb('issued_by', 'in', eb.selectFrom('users').select('username').where('role', '=', 'admin')),
          ]),
        )
        .execute();
    },
  },
  {
    version: 5,
    name: 'shared limit counters (failed credential checks and writes, across server processes)',
    async up(db, dialect) {
      const sharedLimits = 'kind text, key text, subject text, window_start_ms long, used long';
      await createTable(db, dialect, 'shared_limits', sharedLimits, ['kind', 'key', 'subject'], true);
    },
  },
  {
    version: 6,
    name: 'browser sign-in sessions, disabled users, invitations',
    async up(db, dialect) {
      const t = types(dialect);
      // A session is known by the SHA-256 of its random cookie value, never the value itself.
      const sessions = 'id_hash text, username text, created_ms long, expires_ms long';
      await createTable(db, dialect, 'sessions', sessions, ['id_hash']);
      await db.schema.createIndex('sessions_username').on('sessions').column('username').execute();
      await db.schema.alterTable('users').addColumn('disabled_ms', t.long).execute();
      const invitations = `id text, code_hash text, invitee text, region text, job_function text, created_by text,
        created_ms long, expires_ms long, revoked_ms long null`;
      await createTable(db, dialect, 'invitations', invitations, ['id']);
    },
  },
  {
    version: 7,
    name: 'programme events (the evidence timeline)',
    async up(db, dialect) {
      const programmeEvents = 'id text, date text, kind text, label text, created_by text, created_ms long';
      await createTable(db, dialect, 'programme_events', programmeEvents, ['id']);
    },
  },
  {
    version: 8,
    name: 'open badges: the issuer key pair and issued badge credentials',
    async up(db, dialect) {
      const issuerKeys = 'id text, public_jwk text, private_jwk text, created_ms long';
      await createTable(db, dialect, 'issuer_keys', issuerKeys, ['id']);
      const badges = `status_index long, id text, agent_key text, competency text, level integer, jwt text,
        issued_ms long, revoked_ms long null`;
      await createTable(db, dialect, 'badges', badges, ['status_index']);
      // One badge per learner, competency and level, however many syncs race to issue it.
      await db.schema
        .createIndex('badges_once')
        .on('badges')
        .columns(['agent_key', 'competency', 'level'])
        .unique()
        .execute();
      await db.schema.createIndex('badges_id').on('badges').column('id').unique().execute();
    },
  },
  {
    version: 9,
    name: 'device pairings: a short code from an enrolled device, confirmed there, adds a device',
    async up(db, dialect) {
      // The short code and the new device's claim token are stored only as SHA-256 hashes.
      const devicePairings = `id text, code_hash text, agent text, requested_by text, created_ms long, expires_ms long,
        claim_hash text null, device text null, device_username text null,
        device_secret_hash text null, confirmed_ms long null, declined_ms long null`;
      await createTable(db, dialect, 'device_pairings', devicePairings, ['id']);
      await db.schema.createIndex('device_pairings_code').on('device_pairings').column('code_hash').unique().execute();
      await db.schema.createIndex('device_pairings_claim').on('device_pairings').column('claim_hash').execute();
    },
  },
  {
    version: 10,
    name: "field cases: learners' practice cases and every submission and lead decision on them",
    async up(db, dialect) {
      const cases =
        'id text, author_key text, status text, body text, html text, submitted_ms long, updated_ms long, approved_ms long null';
      await createTable(db, dialect, 'field_cases', cases, ['id']);
      await db.schema.createIndex('field_cases_author').on('field_cases').column('author_key').execute();
      await db.schema.createIndex('field_cases_status').on('field_cases').columns(['status', 'updated_ms']).execute();
      const events =
        'id text, case_id text, author_key text, action text, by_username text, at_ms long, comment text null, edits text null';
      await createTable(db, dialect, 'field_case_events', events, ['id']);
      await db.schema
        .createIndex('field_case_events_case')
        .on('field_case_events')
        .columns(['case_id', 'at_ms'])
        .execute();
      // The per-author submission limit counts an author's recent submissions.
      await db.schema
        .createIndex('field_case_events_author')
        .on('field_case_events')
        .columns(['author_key', 'at_ms'])
        .execute();
    },
  },
  {
    version: 11,
    name: 'programme population sizes a lead enters (with every change) and job functions learners state',
    async up(db, dialect) {
      // The population a lead enters per region or function: the evidence report's shares of people reached.
      const sizes = 'dimension text, key text, size long, updated_by text, updated_ms long';
      await createTable(db, dialect, 'population_sizes', sizes, ['dimension', 'key']);
      // Every change, never rewritten: who entered which size (null: cleared) and when.
      const changes = 'id text, dimension text, key text, size long null, changed_by text, changed_ms long';
      await createTable(db, dialect, 'population_size_changes', changes, ['id']);
      await db.schema
        .createIndex('population_size_changes_when')
        .on('population_size_changes')
        .column('changed_ms')
        .execute();
      // A learner's own statement of their job function, per agent (every device of theirs).
      const stated = 'agent_key text, job_function text, stated_by text, stated_ms long';
      await createTable(db, dialect, 'stated_functions', stated, ['agent_key']);
    },
  },
  {
    version: 12,
    name: 'per-learner aggregates kept uncompressed on PostgreSQL',
    async up(db, dialect) {
      // A kind's summaries are read whole by each report a process makes first (a few KB a learner, past
      // PostgreSQL's 2 KB compression threshold): uncompressed, a read of 1,000 of them no longer
      // decompresses each on the server. Derived data, rewritten as learners change; SQLite never compresses.
      if (dialect === 'postgres') await sql`ALTER TABLE aggregates ALTER COLUMN value SET STORAGE EXTERNAL`.execute(db);
    },
  },
  {
    version: 13,
    name: 'evidence histories stored compact, as a new aggregate kind',
    async up(db) {
      // The histories are now kept under "evidence-compact" (instants as numbers, completions as two
      // lists), derived again from the statements by the first refresh; the older form's rows go.
      await db.deleteFrom('aggregates').where('kind', '=', 'evidence').execute();
    },
  },
];

/**
 * Applies the pending migrations in one transaction (`lock` first serialises processes migrating
 * the same database). An up-to-date database needs no write, so it opens on a read-only connection too.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: Dialect,
  lock: (trx: Kysely<Database>) => Promise<void>,
): Promise<void> {
  const exists = async (trx: Kysely<Database>) => {
    const { rows } = await (dialect === 'sqlite'
      ? sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`
      : sql`SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL`
    ).execute(trx);
    return rows.length > 0;
  };
  const applied = async (trx: Kysely<Database>) =>
    new Set((await trx.selectFrom('schema_migrations').select('version').execute()).map((r) => Number(r.version)));
  const pending = async (trx: Kysely<Database>) => {
    if (!(await exists(trx))) return MIGRATIONS;
    const done = await applied(trx);
    return MIGRATIONS.filter((m) => !done.has(m.version));
  };
  if ((await pending(db)).length === 0) return;
  await db.transaction().execute(async (trx) => {
    await lock(trx);
    await trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_ms', types(dialect).long, (c) => c.notNull())
      .execute();
    for (const migration of await pending(trx)) {
      await migration.up(trx, dialect);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_ms: Date.now() })
        .execute();
    }
  });
}
