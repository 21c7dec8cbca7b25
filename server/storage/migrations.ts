/** One schema change, applied once and recorded in `schema_migrations`. Versions are only ever added. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** The schema, version by version. Statement paging is keyset paging on `seq`, a time-ordered id. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'statements, documents, users',
    sqlite: `
      CREATE TABLE statements (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        stored_ms INTEGER NOT NULL,
        verb_id TEXT NOT NULL,
        registration TEXT,
        target_id TEXT,
        voids INTEGER NOT NULL DEFAULT 0,
        voided INTEGER NOT NULL DEFAULT 0,
        body TEXT NOT NULL
      );
      CREATE INDEX statements_verb ON statements (verb_id, seq);
      CREATE INDEX statements_registration ON statements (registration, seq);
      CREATE INDEX statements_target ON statements (target_id);
      CREATE INDEX statements_stored ON statements (stored_ms, seq);
      CREATE TABLE statement_agents (
        agent_key TEXT NOT NULL, relation TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (agent_key, relation, seq)
      ) WITHOUT ROWID;
      CREATE INDEX statement_agents_seq ON statement_agents (seq);
      CREATE TABLE statement_activities (
        activity_id TEXT NOT NULL, relation TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (activity_id, relation, seq)
      ) WITHOUT ROWID;
      CREATE TABLE attachments (sha2 TEXT PRIMARY KEY, content_type TEXT NOT NULL, content BLOB NOT NULL);
      CREATE TABLE activities (id TEXT PRIMARY KEY, definition TEXT NOT NULL);
      CREATE TABLE agent_names (agent_key TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (agent_key, name)) WITHOUT ROWID;
      CREATE TABLE documents (
        kind TEXT NOT NULL, activity_id TEXT NOT NULL, agent_key TEXT NOT NULL, registration TEXT NOT NULL,
        doc_id TEXT NOT NULL, content_type TEXT NOT NULL, content BLOB NOT NULL, etag TEXT NOT NULL,
        updated_ms INTEGER NOT NULL,
        PRIMARY KEY (kind, activity_id, agent_key, registration, doc_id)
      );
      CREATE TABLE users (
        username TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, role TEXT NOT NULL, agent TEXT, created_ms INTEGER NOT NULL
      );
      CREATE TABLE enrolment_codes (
        code_hash TEXT PRIMARY KEY, issued_by TEXT NOT NULL, agent TEXT, expires_ms INTEGER NOT NULL,
        used_ms INTEGER, used_by TEXT
      );`,
    postgres: `
      CREATE TABLE statements (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        stored_ms BIGINT NOT NULL,
        verb_id TEXT NOT NULL,
        registration TEXT,
        target_id TEXT,
        voids BOOLEAN NOT NULL DEFAULT FALSE,
        voided BOOLEAN NOT NULL DEFAULT FALSE,
        body TEXT NOT NULL
      );
      CREATE INDEX statements_verb ON statements (verb_id, seq);
      CREATE INDEX statements_registration ON statements (registration, seq);
      CREATE INDEX statements_target ON statements (target_id);
      CREATE INDEX statements_stored ON statements (stored_ms, seq);
      CREATE TABLE statement_agents (
        agent_key TEXT NOT NULL, relation TEXT NOT NULL, seq BIGINT NOT NULL,
        PRIMARY KEY (agent_key, relation, seq)
      );
      CREATE INDEX statement_agents_seq ON statement_agents (seq);
      CREATE TABLE statement_activities (
        activity_id TEXT NOT NULL, relation TEXT NOT NULL, seq BIGINT NOT NULL,
        PRIMARY KEY (activity_id, relation, seq)
      );
      CREATE TABLE attachments (sha2 TEXT PRIMARY KEY, content_type TEXT NOT NULL, content BYTEA NOT NULL);
      CREATE TABLE activities (id TEXT PRIMARY KEY, definition TEXT NOT NULL);
      CREATE TABLE agent_names (agent_key TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (agent_key, name));
      CREATE TABLE documents (
        kind TEXT NOT NULL, activity_id TEXT NOT NULL, agent_key TEXT NOT NULL, registration TEXT NOT NULL,
        doc_id TEXT NOT NULL, content_type TEXT NOT NULL, content BYTEA NOT NULL, etag TEXT NOT NULL,
        updated_ms BIGINT NOT NULL,
        PRIMARY KEY (kind, activity_id, agent_key, registration, doc_id)
      );
      CREATE TABLE users (
        username TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, role TEXT NOT NULL, agent TEXT, created_ms BIGINT NOT NULL
      );
      CREATE TABLE enrolment_codes (
        code_hash TEXT PRIMARY KEY, issued_by TEXT NOT NULL, agent TEXT, expires_ms BIGINT NOT NULL,
        used_ms BIGINT, used_by TEXT
      );`,
  },
  {
    version: 2,
    name: 'index of StatementRef statements',
    // A page's StatementRef stream walks only the statements that target another (few), not all.
    sqlite: 'CREATE INDEX statements_refs ON statements (target_id) WHERE target_id IS NOT NULL;',
    postgres: 'CREATE INDEX statements_refs ON statements (target_id) WHERE target_id IS NOT NULL;',
  },
  {
    version: 3,
    name: 'aggregates kept up to date from statements (workforce standings)',
    sqlite: `CREATE TABLE aggregates (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;`,
    postgres: `CREATE TABLE aggregates (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key));`,
  },
  {
    version: 4,
    name: 'attachments belong to the statements that delivered them; codes that add a device',
    // Existing data: each attachment stays served with the first statement that declared it.
    sqlite: `
      CREATE TABLE statement_attachments (seq INTEGER NOT NULL, sha2 TEXT NOT NULL, PRIMARY KEY (seq, sha2)) WITHOUT ROWID;
      INSERT OR IGNORE INTO statement_attachments (seq, sha2)
        SELECT MIN(s.seq), json_extract(j.value, '$.sha2') FROM statements s, json_each(s.body, '$.attachments') j
        WHERE s.body LIKE '%"attachments"%' AND json_extract(j.value, '$.sha2') IN (SELECT sha2 FROM attachments)
        GROUP BY json_extract(j.value, '$.sha2');
      ALTER TABLE enrolment_codes ADD COLUMN adds_device INTEGER NOT NULL DEFAULT 0;
      UPDATE enrolment_codes SET adds_device = 1 WHERE issued_by = 'cli' OR issued_by IN (SELECT username FROM users WHERE role = 'admin');`,
    postgres: `
      CREATE TABLE statement_attachments (seq BIGINT NOT NULL, sha2 TEXT NOT NULL, PRIMARY KEY (seq, sha2));
      INSERT INTO statement_attachments (seq, sha2)
        SELECT MIN(s.seq), a.value->>'sha2' FROM statements s
        CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(s.body::jsonb->'attachments') = 'array' THEN s.body::jsonb->'attachments' ELSE '[]'::jsonb END) AS a(value)
        WHERE s.body LIKE '%"attachments"%' AND a.value->>'sha2' IN (SELECT sha2 FROM attachments)
        GROUP BY a.value->>'sha2'
        ON CONFLICT DO NOTHING;
      ALTER TABLE enrolment_codes ADD COLUMN adds_device BOOLEAN NOT NULL DEFAULT FALSE;
      UPDATE enrolment_codes SET adds_device = TRUE WHERE issued_by = 'cli' OR issued_by IN (SELECT username FROM users WHERE role = 'admin');`,
  },
];
