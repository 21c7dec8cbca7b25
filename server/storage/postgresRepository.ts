import pg from 'pg';
import { agentKey } from '../xapi/agentKey.ts';
import { mergeActivityDefinition } from '../xapi/mergeActivityDefinition.ts';
import { setStored } from '../xapi/normalizeStatement.ts';
import type { JsonObject, StatementJson } from '../xapi/xapiTypes.ts';
import { AGENT_STATEMENTS_SQL, CHANGED_AGENTS_SQL, storedListeners, UPSERT_AGGREGATE_SQL } from './aggregateSql.ts';
import { codeMayBind } from './codeMayBind.ts';
import { ConflictSignal } from './conflictSignal.ts';
import { MIGRATIONS } from './migrations.ts';
import type { AgentUse, DocumentScope, Repository } from './repository.ts';
import { type Row, toDocument, toEnrolmentCode, toUser } from './rowMappers.ts';
import { statementQuerySql } from './statementQuerySql.ts';

type Client = pg.PoolClient;

// Advisory lock ids: statement writers are serialised so `seq` order is commit order (keyset paging
// never skips a statement committed late) and `stored` never goes backwards.
const STATEMENT_LOCK = 7_240_001;
const MIGRATION_LOCK = 7_240_002;

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2…`. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/**
 * Connects to PostgreSQL (`DATABASE_URL`) with node-postgres, applies pending migrations under an
 * advisory lock, and returns the repository. Every write commits (synchronous_commit is PostgreSQL's
 * default: on) before its promise resolves.
 */
export async function openPostgresRepository(url: string, poolSize = 10): Promise<Repository> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing the process

  async function transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
  const storedEvents = storedListeners();
  const query = async (sql: string, params: unknown[] = [], client: Client | pg.Pool = pool) =>
    (await client.query(numbered(sql), params)).rows as Row[];

  await transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // No DDL when the table exists, so an up-to-date database opens on a read-only connection too.
    const [found] = await query("SELECT to_regclass('schema_migrations') AS name", [], client);
    if (found?.name === null)
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms BIGINT NOT NULL)',
      );
    const applied = new Set(
      (await query('SELECT version FROM schema_migrations', [], client)).map((r) => Number(r.version)),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.postgres);
      await query(
        'INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)',
        [migration.version, migration.name, Date.now()],
        client,
      );
    }
  });

  const scopeParams = (s: DocumentScope) => [s.kind, s.activityId, s.agentKey, s.registration];
  const scopeWhere = 'kind = ? AND activity_id = ? AND agent_key = ? AND registration = ?';

  async function agentInUse(key: string, client: Client | pg.Pool = pool): Promise<AgentUse> {
    const users = await query('SELECT agent FROM users WHERE agent IS NOT NULL', [], client);
    const credential = users.some((r) => agentKey(JSON.parse(String(r.agent))) === key);
    const [records] = await query(
      'SELECT EXISTS (SELECT 1 FROM statement_agents WHERE agent_key = ?) OR EXISTS (SELECT 1 FROM documents WHERE agent_key = ?) AS found',
      [key, key],
      client,
    );
    return { credential, records: records?.found === true };
  }

  return {
    dialect: 'postgres',

    async insertStatements(items, attachments, isSame) {
      try {
        const result = await transaction(async (client) => {
          await client.query('SELECT pg_advisory_xact_lock($1)', [STATEMENT_LOCK]);
          const ids = items.map((i) => i.statement.id!);
          const existing = new Map(
            (await query('SELECT id, body FROM statements WHERE id = ANY(?)', [ids], client)).map((r) => [
              String(r.id),
              String(r.body),
            ]),
          );
          const fresh = items.filter((item) => {
            const body = existing.get(item.statement.id!);
            if (body !== undefined && !isSame(JSON.parse(body), item.statement))
              throw new ConflictSignal(item.statement.id!);
            return body === undefined;
          });
          const delivered = new Set(attachments.map((a) => a.sha2));
          const [last] = await query('SELECT MAX(stored_ms) AS ms FROM statements', [], client);
          const storedMs = Math.max(Date.now(), Number(last?.ms ?? 0));
          const stored = new Date(storedMs).toISOString();
          for (const item of fresh) {
            const statement = setStored(item.statement, stored);
            const { index } = item;
            const [row] = await query(
              'INSERT INTO statements (id, stored_ms, verb_id, registration, target_id, voids, body) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq',
              [
                statement.id,
                storedMs,
                index.verbId,
                index.registration,
                index.targetId,
                index.voids,
                JSON.stringify(statement),
              ],
              client,
            );
            const seq = Number(row!.seq);
            if (index.agents.length > 0) {
              await query(
                'INSERT INTO statement_agents (agent_key, relation, seq) SELECT k, r, ? FROM unnest(?::text[], ?::text[]) AS t(k, r) ON CONFLICT DO NOTHING',
                [seq, index.agents.map((a) => a.key), index.agents.map((a) => a.relation)],
                client,
              );
            }
            if (index.activities.length > 0) {
              await query(
                'INSERT INTO statement_activities (activity_id, relation, seq) SELECT a, r, ? FROM unnest(?::text[], ?::text[]) AS t(a, r) ON CONFLICT DO NOTHING',
                [seq, index.activities.map((a) => a.id), index.activities.map((a) => a.relation)],
                client,
              );
            }
            for (const { id, definition } of index.definitions) {
              const [current] = await query('SELECT definition FROM activities WHERE id = ?', [id], client);
              const merged = mergeActivityDefinition(
                current === undefined ? undefined : JSON.parse(String(current.definition)),
                definition,
              );
              await query(
                'INSERT INTO activities (id, definition) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition',
                [id, JSON.stringify(merged)],
                client,
              );
            }
            for (const n of index.names)
              await query(
                'INSERT INTO agent_names (agent_key, name) VALUES (?, ?) ON CONFLICT DO NOTHING',
                [n.key, n.name],
                client,
              );
            // The statement may later serve only the attachment data it arrived with.
            const linked = [
              ...new Set((statement.attachments ?? []).map((a) => a.sha2).filter((sha2) => delivered.has(sha2))),
            ];
            if (linked.length > 0)
              await query(
                'INSERT INTO statement_attachments (seq, sha2) SELECT ?, unnest(?::text[]) ON CONFLICT DO NOTHING',
                [seq, linked],
                client,
              );
          }
          const targets = fresh.filter((i) => i.index.voids && i.index.targetId !== null).map((i) => i.index.targetId!);
          if (targets.length > 0)
            await query('UPDATE statements SET voided = TRUE WHERE id = ANY(?) AND voids = FALSE', [targets], client);
          if (fresh.length > 0) {
            await query(
              'UPDATE statements s SET voided = TRUE WHERE s.id = ANY(?) AND s.voids = FALSE AND EXISTS (SELECT 1 FROM statements v WHERE v.target_id = s.id AND v.voids = TRUE)',
              [fresh.map((i) => i.statement.id!)],
              client,
            );
          }
          for (const a of attachments) {
            await query(
              'INSERT INTO attachments (sha2, content_type, content) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
              [a.sha2, a.contentType, Buffer.from(a.content)],
              client,
            );
          }
          return { kind: 'stored' as const, ids, stored };
        });
        storedEvents.notify();
        return result;
      } catch (error) {
        if (error instanceof ConflictSignal) return { kind: 'conflict', id: error.id };
        throw error;
      }
    },

    async findStatement(id) {
      const [row] = await query('SELECT seq, body, voided FROM statements WHERE id = ?', [id.toLowerCase()]);
      if (row === undefined) return undefined;
      const keys = await query("SELECT agent_key FROM statement_agents WHERE seq = ? AND relation = 'direct'", [
        row.seq,
      ]);
      return {
        statement: JSON.parse(String(row.body)) as StatementJson,
        voided: row.voided === true,
        agentKeys: keys.map((r) => String(r.agent_key)),
      };
    },

    async queryStatements(filter) {
      const { sql, params } = statementQuerySql(filter);
      const rows = await query(sql, params);
      const page = rows.slice(0, filter.limit);
      const statements = page.map((r) => JSON.parse(String(r.body)) as StatementJson);
      return rows.length > filter.limit ? { statements, next: Number(page.at(-1)!.seq) } : { statements };
    },

    async getAttachments(statementIds) {
      if (statementIds.length === 0) return [];
      const rows = await query(
        'SELECT DISTINCT a.sha2, a.content_type, a.content FROM statements s JOIN statement_attachments l ON l.seq = s.seq JOIN attachments a ON a.sha2 = l.sha2 WHERE s.id = ANY(?)',
        [statementIds.map((id) => id.toLowerCase())],
      );
      return rows.map((r) => ({
        sha2: String(r.sha2),
        contentType: String(r.content_type),
        content: r.content as Uint8Array,
      }));
    },

    async latestStored() {
      const [row] = await query('SELECT MAX(stored_ms) AS ms FROM statements');
      return row?.ms === null || row?.ms === undefined ? undefined : new Date(Number(row.ms)).toISOString();
    },

    async getActivityDefinition(activityId) {
      const [row] = await query('SELECT definition FROM activities WHERE id = ?', [activityId]);
      return row === undefined ? undefined : (JSON.parse(String(row.definition)) as JsonObject);
    },

    async getAgentNames(key) {
      return (await query('SELECT name FROM agent_names WHERE agent_key = ? ORDER BY name', [key])).map((r) =>
        String(r.name),
      );
    },

    async getDocument(scope, docId) {
      const [row] = await query(`SELECT * FROM documents WHERE ${scopeWhere} AND doc_id = ?`, [
        ...scopeParams(scope),
        docId,
      ]);
      return row === undefined ? undefined : toDocument(row);
    },

    async listDocuments(scope, sinceMs) {
      const rows = await query(
        `SELECT doc_id, updated_ms FROM documents WHERE ${scopeWhere} AND updated_ms > ? ORDER BY doc_id`,
        [...scopeParams(scope), sinceMs ?? -1],
      );
      const last = rows.reduce<number | undefined>((max, r) => Math.max(max ?? 0, Number(r.updated_ms)), undefined);
      return last === undefined ? { ids: [] } : { ids: rows.map((r) => String(r.doc_id)), lastUpdatedMs: last };
    },

    async changeDocument(scope, docId, change) {
      await transaction(async (client) => {
        // Lock the document's key (it may not exist yet, so a row lock would not do).
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          JSON.stringify([...scopeParams(scope), docId]),
        ]);
        const [row] = await query(
          `SELECT * FROM documents WHERE ${scopeWhere} AND doc_id = ?`,
          [...scopeParams(scope), docId],
          client,
        );
        const decision = change(row === undefined ? undefined : toDocument(row));
        if (decision.kind === 'put') {
          const d = decision.document;
          await query(
            `INSERT INTO documents (kind, activity_id, agent_key, registration, doc_id, content_type, content, etag, updated_ms)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (kind, activity_id, agent_key, registration, doc_id)
             DO UPDATE SET content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated_ms = excluded.updated_ms`,
            [...scopeParams(scope), docId, d.contentType, Buffer.from(d.content), d.etag, d.updatedMs],
            client,
          );
        } else if (decision.kind === 'delete') {
          await query(
            `DELETE FROM documents WHERE ${scopeWhere} AND doc_id = ?`,
            [...scopeParams(scope), docId],
            client,
          );
        }
      });
    },

    async deleteDocuments(scope) {
      await query(`DELETE FROM documents WHERE ${scopeWhere}`, scopeParams(scope));
    },

    async listStateDocuments(activityId, stateId) {
      const rows = await query(
        "SELECT * FROM documents WHERE kind = 'state' AND activity_id = ? AND doc_id = ? ORDER BY agent_key, registration",
        [activityId, stateId],
      );
      return rows.map((row) => ({
        agentKey: String(row.agent_key),
        registration: String(row.registration),
        document: toDocument(row),
      }));
    },

    async createUser(user) {
      await query('INSERT INTO users (username, secret_hash, role, agent, created_ms) VALUES (?, ?, ?, ?, ?)', [
        user.username,
        user.secretHash,
        user.role,
        user.agent === null ? null : JSON.stringify(user.agent),
        user.createdMs,
      ]);
    },

    async findUser(username) {
      const [row] = await query('SELECT * FROM users WHERE username = ?', [username]);
      return row === undefined ? undefined : toUser(row);
    },

    async listUsers() {
      return (await query('SELECT * FROM users ORDER BY username')).map(toUser);
    },

    async deleteUser(username) {
      return (await query('DELETE FROM users WHERE username = ? RETURNING username', [username])).length > 0;
    },

    async createEnrolmentCode(code) {
      await query(
        'INSERT INTO enrolment_codes (code_hash, issued_by, agent, expires_ms, adds_device) VALUES (?, ?, ?, ?, ?)',
        [
          code.codeHash,
          code.issuedBy,
          code.agent === null ? null : JSON.stringify(code.agent),
          code.expiresMs,
          code.addsDevice,
        ],
      );
    },

    async agentInUse(key) {
      return agentInUse(key);
    },

    async redeemEnrolmentCode(codeHash, nowMs, makeUser) {
      return transaction(async (client) => {
        const [row] = await query(
          'SELECT * FROM enrolment_codes WHERE code_hash = ? AND used_ms IS NULL AND expires_ms > ? FOR UPDATE',
          [codeHash, nowMs],
          client,
        );
        if (row === undefined) return { kind: 'invalid' as const };
        const code = toEnrolmentCode(row);
        const user = makeUser(code);
        const key = agentKey(user.agent!) ?? '';
        // Two codes redeemed at once for the same agent: the second waits here and then sees the first's credential.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agent:${key}`]);
        if (!codeMayBind(code, await agentInUse(key, client))) return { kind: 'agentTaken' as const };
        await query(
          'UPDATE enrolment_codes SET used_ms = ?, used_by = ? WHERE code_hash = ?',
          [nowMs, user.username, codeHash],
          client,
        );
        await query(
          'INSERT INTO users (username, secret_hash, role, agent, created_ms) VALUES (?, ?, ?, ?, ?)',
          [
            user.username,
            user.secretHash,
            user.role,
            user.agent === null ? null : JSON.stringify(user.agent),
            user.createdMs,
          ],
          client,
        );
        return { kind: 'redeemed' as const, user };
      });
    },

    async agentsChangedSince(afterSeq) {
      const [row] = await query('SELECT COALESCE(MAX(seq), 0) AS seq FROM statements');
      const through = Number(row?.seq ?? 0);
      const rows = through > afterSeq ? await query(CHANGED_AGENTS_SQL, [afterSeq, through, afterSeq, through]) : [];
      return { through, agentKeys: rows.map((r) => String(r.agent_key)) };
    },

    async agentStatements(key, afterSeq, limit) {
      const rows = await query(AGENT_STATEMENTS_SQL, [key, afterSeq, limit + 1]);
      const page = rows.slice(0, limit);
      return {
        statements: page.map((r) => JSON.parse(String(r.body)) as StatementJson),
        next: rows.length > limit ? Number(page.at(-1)!.seq) : undefined,
      };
    },

    async readAggregates(kind) {
      return new Map(
        (await query('SELECT key, value FROM aggregates WHERE kind = ?', [kind])).map((r) => [
          String(r.key),
          String(r.value),
        ]),
      );
    },

    async writeAggregates(kind, entries, replace = false) {
      await transaction(async (client) => {
        if (replace) await query('DELETE FROM aggregates WHERE kind = ?', [kind], client);
        for (const [key, value] of entries) await query(UPSERT_AGGREGATE_SQL, [kind, key, value], client);
      });
    },

    onStatementsStored: storedEvents.add,

    async migrationVersions() {
      return (await query('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));
    },

    async close() {
      await pool.end();
    },
  };
}
