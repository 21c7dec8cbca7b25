import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_BACKEND, TEST_BACKENDS, type TestBackend } from '../testing/testBackends.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import { indexStatement } from '../xapi/indexStatement.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Repository } from './repository.ts';

// SQL dumps of databases that the storage code before Kysely (hand-written SQL per dialect) made and
// filled through its repository: fully migrated (v4), and as a server of that time left it before
// migration 4 (v3). Every database in use must keep opening, migrating and reading the same.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const LEGACY_V4_SQLITE = fixture('legacy-v4.sqlite.sql');
// The SQLite v3 database is the v4 one without migration 4 (as the PostgreSQL v3 dump was made).
const WITHOUT_MIGRATION_4 = `DROP TABLE statement_attachments; ALTER TABLE enrolment_codes DROP COLUMN adds_device;
  DELETE FROM schema_migrations WHERE version = 4;`;
const LEGACY_V3 = {
  sqlite: `${LEGACY_V4_SQLITE}\n${WITHOUT_MIGRATION_4}`,
  postgres: fixture('legacy-v3.postgres.sql'),
};

const first = '00000000-0000-4000-8000-000000000001';
const second = '00000000-0000-4000-8000-000000000002';
const voided = '00000000-0000-4000-8000-000000000003';
const learnerKey = 'account:https://cohesion.example|legacy-learner';

let opened: { repository: Repository; cleanup: () => Promise<void> }[] = [];
const openAt = async (backend: TestBackend, load: string) => {
  const database = await backend.open({ load });
  opened.push(database);
  return database;
};
const open = async (backend: TestBackend, load: string) => (await openAt(backend, load)).repository;
afterEach(async () => {
  for (const { repository, cleanup } of opened) {
    await repository.close();
    await cleanup();
  }
  opened = [];
});

/** Each table's columns (name, type, not null, default, key) and indexes, as SQLite describes them. */
function sqliteSchema(file: string) {
  const db = new DatabaseSync(file, { readOnly: true });
  const all = (query: string, ...params: string[]) => db.prepare(query).all(...params);
  const schema = all(
    "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).map(({ name, wr }) => ({
    name,
    withoutRowid: wr,
    columns: all(
      'SELECT name, lower(type) AS type, "notnull", lower(dflt_value) AS dflt, pk FROM pragma_table_info(?) ORDER BY cid',
      String(name),
    ),
    // Automatic indexes (primary key, unique) are named by SQLite after the statement's text: compare their origin.
    indexes: all(
      'SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY origin, name',
      String(name),
    ).map((index) => ({
      name: index.origin === 'c' ? index.name : index.origin,
      unique: index.unique,
      partial: index.partial,
      columns: all('SELECT name FROM pragma_index_info(?) ORDER BY seqno', String(index.name)).map((c) => c.name),
    })),
  }));
  db.close();
  return schema;
}

/** Each table's columns and each index's definition in one PostgreSQL schema. */
async function postgresSchema(schema: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
      [schema],
    );
    const indexes = await client.query(
      'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname',
      [schema],
    );
    const unqualified = (text: string | null) => text?.replaceAll(`${schema}.`, '');
    return {
      columns: columns.rows.map((r) => ({ ...r, column_default: unqualified(r.column_default) })),
      indexes: indexes.rows.map((r) => ({ ...r, indexdef: unqualified(r.indexdef) })),
    };
  } finally {
    await client.end();
  }
}

describe.each(TEST_BACKENDS)('a database made before Kysely ($name)', (backend) => {
  it('migrates from version 3: each attachment stays with the first statement that declared it, codes from the CLI or an admin add devices', async () => {
    const repository = await open(backend, LEGACY_V3[backend.name]);
    expect(await repository.migrationVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await repository.getAttachments([first])).map((a) => new TextDecoder().decode(a.content))).toEqual([
      'legacy attachment',
    ]);
    expect(await repository.getAttachments([second])).toEqual([]);
    expect(await repository.findStatement(voided)).toMatchObject({ voided: true, agentKeys: [learnerKey] });
    const page = await repository.queryStatements({
      agentKey: learnerKey,
      relatedAgents: false,
      relatedActivities: false,
      ascending: true,
      limit: 10,
    });
    expect(page.statements.map((s) => s.id)).toEqual([first, second, '00000000-0000-4000-8000-000000000004']);
    expect((await repository.listUsers()).map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['legacy-learner', 'learner'],
    ]);
    expect(await repository.readAggregates('workforce')).toEqual(new Map([['legacy-key', '{"done":1}']]));
    const scope = {
      kind: 'state' as const,
      activityId: 'urn:cohesion:journey',
      agentKey: 'legacy-key',
      registration: '',
    };
    expect(new TextDecoder().decode((await repository.getDocument(scope, 'journey'))?.content)).toBe('{"step":1}');
  });

  it('keeps storing after the migration: new statements follow the old ones in seq order', async () => {
    const repository = await open(backend, LEGACY_V3[backend.name]);
    expect(await repository.agentsChangedSince(3)).toEqual({ through: 4, agentKeys: [learnerKey] });
    const statement = {
      id: '00000000-0000-4000-8000-000000000005',
      actor: { mbox: 'mailto:new@example.com' },
      verb: { id: 'urn:verb' },
      object: { id: 'urn:act' },
    };
    expect(
      await repository.insertStatements([{ statement, index: indexStatement(statement) }], [], isSameStatement),
    ).toMatchObject({ kind: 'stored' });
    expect(await repository.agentsChangedSince(4)).toEqual({ through: 5, agentKeys: ['mbox:mailto:new@example.com'] });
    const redeemed = await repository.redeemEnrolmentCode('code-from-cli', Date.now(), () => ({
      username: 'second-device',
      secretHash: 'x',
      role: 'learner',
      agent: { objectType: 'Agent', account: { homePage: 'https://cohesion.example', name: 'legacy-learner' } },
      createdMs: 0,
    }));
    // A code not tied to an agent never binds an agent that has a credential, even one from the CLI.
    expect(redeemed).toEqual({ kind: 'agentTaken' });
  });

  it('has, once migrated, the same tables, columns, keys and indexes as a database the migrations create today', async () => {
    const describeSchema = backend.name === 'sqlite' ? sqliteSchema : postgresSchema;
    const migrated = await describeSchema((await openAt(backend, LEGACY_V3[backend.name])).location);
    const fresh = await describeSchema((await openAt(backend, '')).location);
    expect(fresh).toEqual(migrated);
  });
});

describe('a SQLite file made before Kysely', () => {
  it('opens a version-4 file and migrates it on, each statement serving the attachment data it was sent with', async () => {
    const repository = await open(SQLITE_BACKEND, LEGACY_V4_SQLITE);
    expect(await repository.migrationVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await repository.getAttachments([second])).toHaveLength(1);
  });

  it('has the same tables, columns, keys and indexes as a database the migrations create today', async () => {
    // The migrations written once with Kysely's schema builder build what the SQL written per dialect built.
    const [legacy, migrated, fresh] = (
      await Promise.all([LEGACY_V4_SQLITE, LEGACY_V3.sqlite, ''].map((load) => openAt(SQLITE_BACKEND, load)))
    )
      .map((database) => database.location)
      .map(sqliteSchema);
    expect(fresh).toEqual(legacy);
    expect(migrated).toEqual(legacy);
  });
});
