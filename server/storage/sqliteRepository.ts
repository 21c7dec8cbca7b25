import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { agentKey } from '../xapi/agentKey.ts';
import { mergeActivityDefinition } from '../xapi/mergeActivityDefinition.ts';
import { setStored } from '../xapi/normalizeStatement.ts';
import type { JsonObject, StatementJson } from '../xapi/xapiTypes.ts';
import { AGENT_STATEMENTS_SQL, CHANGED_AGENTS_SQL, storedListeners, UPSERT_AGGREGATE_SQL } from './aggregateSql.ts';
import { codeMayBind } from './codeMayBind.ts';
import { ConflictSignal } from './conflictSignal.ts';
import { MIGRATIONS } from './migrations.ts';
import type { AgentUse, AttachmentData, DocumentScope, EnrolmentCode, NewStatement, Repository } from './repository.ts';
import { toDocument, toEnrolmentCode, toUser } from './rowMappers.ts';
import { statementQuerySql } from './statementQuerySql.ts';

/**
 * Opens (creating if needed) the SQLite database file with Node's built-in `node:sqlite`: WAL
 * journal and `synchronous = FULL`, so a committed write survives a crash or power loss; every
 * transaction commits before its promise resolves. `readOnly` opens an already migrated file for
 * reading only (a snapshot or replica): every write then fails as a storage failure (503).
 */
export function openSqliteRepository(file: string, options: { readOnly?: boolean } = {}): Repository {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { readOnly: options.readOnly ?? false });
  db.exec(
    `${options.readOnly ? '' : 'PRAGMA journal_mode = WAL; '}PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;`,
  );
  if (!options.readOnly)
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms INTEGER NOT NULL)',
    );
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => Number(r.version)),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    transaction(() => {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
    });
  }

  function transaction<T>(work: () => T): T {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite has already rolled back after some failures (disk full, I/O error): a second
      // ROLLBACK would fail and hide the real cause ("cannot rollback - no transaction is active").
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  const q = {
    findBody: db.prepare('SELECT body FROM statements WHERE id = ?'),
    lastStored: db.prepare('SELECT MAX(stored_ms) AS ms FROM statements'),
    insert: db.prepare(
      'INSERT INTO statements (id, stored_ms, verb_id, registration, target_id, voids, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertAgent: db.prepare('INSERT OR IGNORE INTO statement_agents (agent_key, relation, seq) VALUES (?, ?, ?)'),
    insertActivity: db.prepare(
      'INSERT OR IGNORE INTO statement_activities (activity_id, relation, seq) VALUES (?, ?, ?)',
    ),
    voidTarget: db.prepare('UPDATE statements SET voided = 1 WHERE id = ? AND voids = 0'),
    voidIfTargeted: db.prepare(
      'UPDATE statements SET voided = 1 WHERE id = ? AND voids = 0 AND EXISTS (SELECT 1 FROM statements v WHERE v.target_id = statements.id AND v.voids = 1)',
    ),
    getDefinition: db.prepare('SELECT definition FROM activities WHERE id = ?'),
    putDefinition: db.prepare(
      'INSERT INTO activities (id, definition) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition',
    ),
    insertName: db.prepare('INSERT OR IGNORE INTO agent_names (agent_key, name) VALUES (?, ?)'),
    insertAttachment: db.prepare('INSERT OR IGNORE INTO attachments (sha2, content_type, content) VALUES (?, ?, ?)'),
    linkAttachment: db.prepare('INSERT OR IGNORE INTO statement_attachments (seq, sha2) VALUES (?, ?)'),
  };

  function agentInUse(key: string): AgentUse {
    const credential = db
      .prepare('SELECT agent FROM users WHERE agent IS NOT NULL')
      .all()
      .some((r) => agentKey(JSON.parse(String(r.agent))) === key);
    const records =
      db.prepare('SELECT 1 FROM statement_agents WHERE agent_key = ? LIMIT 1').get(key) !== undefined ||
      db.prepare('SELECT 1 FROM documents WHERE agent_key = ? LIMIT 1').get(key) !== undefined;
    return { credential, records };
  }

  function insertAll(
    items: NewStatement[],
    attachments: AttachmentData[],
    isSame: (a: StatementJson, b: StatementJson) => boolean,
  ) {
    return transaction(() => {
      const fresh: NewStatement[] = [];
      const delivered = new Set(attachments.map((a) => a.sha2));
      for (const item of items) {
        const existing = q.findBody.get(item.statement.id!);
        if (existing === undefined) fresh.push(item);
        else if (!isSame(JSON.parse(String(existing.body)), item.statement))
          throw new ConflictSignal(item.statement.id!);
      }
      const last = Number(q.lastStored.get()?.ms ?? 0);
      const storedMs = Math.max(Date.now(), last);
      const stored = new Date(storedMs).toISOString();
      for (const item of fresh) {
        const statement = setStored(item.statement, stored);
        const { index } = item;
        const seq = q.insert.run(
          statement.id!,
          storedMs,
          index.verbId,
          index.registration,
          index.targetId,
          index.voids ? 1 : 0,
          JSON.stringify(statement),
        ).lastInsertRowid;
        for (const a of index.agents) q.insertAgent.run(a.key, a.relation, seq);
        for (const a of index.activities) q.insertActivity.run(a.id, a.relation, seq);
        for (const { id, definition } of index.definitions) {
          const current = q.getDefinition.get(id);
          q.putDefinition.run(
            id,
            JSON.stringify(
              mergeActivityDefinition(
                current === undefined ? undefined : JSON.parse(String(current.definition)),
                definition,
              ),
            ),
          );
        }
        for (const n of index.names) q.insertName.run(n.key, n.name);
        // The statement may later serve only the attachment data it arrived with.
        for (const a of statement.attachments ?? []) if (delivered.has(a.sha2)) q.linkAttachment.run(seq, a.sha2);
      }
      for (const item of fresh) {
        if (item.index.voids && item.index.targetId !== null) q.voidTarget.run(item.index.targetId);
        q.voidIfTargeted.run(item.statement.id!);
      }
      for (const a of attachments) q.insertAttachment.run(a.sha2, a.contentType, a.content);
      return { kind: 'stored' as const, ids: items.map((i) => i.statement.id!), stored };
    });
  }

  const storedEvents = storedListeners();
  const scopeParams = (s: DocumentScope) => [s.kind, s.activityId, s.agentKey, s.registration];
  const scopeWhere = 'kind = ? AND activity_id = ? AND agent_key = ? AND registration = ?';

  return {
    dialect: 'sqlite',

    async insertStatements(items, attachments, isSame) {
      try {
        const result = insertAll(items, attachments, isSame);
        storedEvents.notify();
        return result;
      } catch (error) {
        if (error instanceof ConflictSignal) return { kind: 'conflict', id: error.id };
        throw error;
      }
    },

    async findStatement(id) {
      const row = db.prepare('SELECT seq, body, voided FROM statements WHERE id = ?').get(id.toLowerCase());
      if (row === undefined) return undefined;
      const keys = db
        .prepare("SELECT agent_key FROM statement_agents WHERE seq = ? AND relation = 'direct'")
        .all(Number(row.seq))
        .map((r) => String(r.agent_key));
      return {
        statement: JSON.parse(String(row.body)) as StatementJson,
        voided: Number(row.voided) === 1,
        agentKeys: keys,
      };
    },

    async queryStatements(filter) {
      const { sql, params } = statementQuerySql(filter);
      const rows = db.prepare(sql).all(...params);
      const page = rows.slice(0, filter.limit);
      const statements = page.map((r) => JSON.parse(String(r.body)) as StatementJson);
      return rows.length > filter.limit ? { statements, next: Number(page.at(-1)!.seq) } : { statements };
    },

    async getAttachments(statementIds) {
      const stmt = db.prepare(
        `SELECT a.sha2, a.content_type, a.content FROM statements s JOIN statement_attachments l ON l.seq = s.seq JOIN attachments a ON a.sha2 = l.sha2 WHERE s.id = ?`,
      );
      const seen = new Set<string>();
      return statementIds.flatMap((id) =>
        stmt.all(id.toLowerCase()).flatMap((row) => {
          const sha2 = String(row.sha2);
          if (seen.has(sha2)) return [];
          seen.add(sha2);
          return [{ sha2, contentType: String(row.content_type), content: row.content as Uint8Array }];
        }),
      );
    },

    async latestStored() {
      const ms = q.lastStored.get()?.ms;
      return ms === null || ms === undefined ? undefined : new Date(Number(ms)).toISOString();
    },

    async getActivityDefinition(activityId) {
      const row = q.getDefinition.get(activityId);
      return row === undefined ? undefined : (JSON.parse(String(row.definition)) as JsonObject);
    },

    async getAgentNames(key) {
      return db
        .prepare('SELECT name FROM agent_names WHERE agent_key = ? ORDER BY name')
        .all(key)
        .map((r) => String(r.name));
    },

    async getDocument(scope, docId) {
      const row = db
        .prepare(`SELECT * FROM documents WHERE ${scopeWhere} AND doc_id = ?`)
        .get(...scopeParams(scope), docId);
      return row === undefined ? undefined : toDocument(row);
    },

    async listDocuments(scope, sinceMs) {
      const rows = db
        .prepare(`SELECT doc_id, updated_ms FROM documents WHERE ${scopeWhere} AND updated_ms > ? ORDER BY doc_id`)
        .all(...scopeParams(scope), sinceMs ?? -1);
      const last = rows.reduce<number | undefined>((max, r) => Math.max(max ?? 0, Number(r.updated_ms)), undefined);
      return last === undefined ? { ids: [] } : { ids: rows.map((r) => String(r.doc_id)), lastUpdatedMs: last };
    },

    async changeDocument(scope, docId, change) {
      transaction(() => {
        const row = db
          .prepare(`SELECT * FROM documents WHERE ${scopeWhere} AND doc_id = ?`)
          .get(...scopeParams(scope), docId);
        const decision = change(row === undefined ? undefined : toDocument(row));
        if (decision.kind === 'put') {
          const d = decision.document;
          db.prepare(
            `INSERT INTO documents (kind, activity_id, agent_key, registration, doc_id, content_type, content, etag, updated_ms)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (kind, activity_id, agent_key, registration, doc_id)
             DO UPDATE SET content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated_ms = excluded.updated_ms`,
          ).run(...scopeParams(scope), docId, d.contentType, d.content, d.etag, d.updatedMs);
        } else if (decision.kind === 'delete') {
          db.prepare(`DELETE FROM documents WHERE ${scopeWhere} AND doc_id = ?`).run(...scopeParams(scope), docId);
        }
      });
    },

    async deleteDocuments(scope) {
      transaction(() => db.prepare(`DELETE FROM documents WHERE ${scopeWhere}`).run(...scopeParams(scope)));
    },

    async listStateDocuments(activityId, stateId) {
      return db
        .prepare(
          "SELECT * FROM documents WHERE kind = 'state' AND activity_id = ? AND doc_id = ? ORDER BY agent_key, registration",
        )
        .all(activityId, stateId)
        .map((row) => ({
          agentKey: String(row.agent_key),
          registration: String(row.registration),
          document: toDocument(row),
        }));
    },

    async createUser(user) {
      db.prepare('INSERT INTO users (username, secret_hash, role, agent, created_ms) VALUES (?, ?, ?, ?, ?)').run(
        user.username,
        user.secretHash,
        user.role,
        user.agent === null ? null : JSON.stringify(user.agent),
        user.createdMs,
      );
    },

    async findUser(username) {
      const row = db.prepare('SELECT * FROM users WHERE username = ?').get(username);
      return row === undefined ? undefined : toUser(row);
    },

    async listUsers() {
      return db.prepare('SELECT * FROM users ORDER BY username').all().map(toUser);
    },

    async deleteUser(username) {
      return Number(db.prepare('DELETE FROM users WHERE username = ?').run(username).changes) > 0;
    },

    async createEnrolmentCode(code: EnrolmentCode) {
      db.prepare(
        'INSERT INTO enrolment_codes (code_hash, issued_by, agent, expires_ms, adds_device) VALUES (?, ?, ?, ?, ?)',
      ).run(
        code.codeHash,
        code.issuedBy,
        code.agent === null ? null : JSON.stringify(code.agent),
        code.expiresMs,
        code.addsDevice ? 1 : 0,
      );
    },

    async agentInUse(key) {
      return agentInUse(key);
    },

    async redeemEnrolmentCode(codeHash, nowMs, makeUser) {
      return transaction(() => {
        const row = db
          .prepare('SELECT * FROM enrolment_codes WHERE code_hash = ? AND used_ms IS NULL AND expires_ms > ?')
          .get(codeHash, nowMs);
        if (row === undefined) return { kind: 'invalid' as const };
        const code = toEnrolmentCode(row);
        const user = makeUser(code);
        if (!codeMayBind(code, agentInUse(agentKey(user.agent!) ?? ''))) return { kind: 'agentTaken' as const };
        db.prepare('UPDATE enrolment_codes SET used_ms = ?, used_by = ? WHERE code_hash = ?').run(
          nowMs,
          user.username,
          codeHash,
        );
        db.prepare('INSERT INTO users (username, secret_hash, role, agent, created_ms) VALUES (?, ?, ?, ?, ?)').run(
          user.username,
          user.secretHash,
          user.role,
          user.agent === null ? null : JSON.stringify(user.agent),
          user.createdMs,
        );
        return { kind: 'redeemed' as const, user };
      });
    },

    async agentsChangedSince(afterSeq) {
      const through = Number(db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM statements').get()?.seq ?? 0);
      const rows = through > afterSeq ? db.prepare(CHANGED_AGENTS_SQL).all(afterSeq, through, afterSeq, through) : [];
      return { through, agentKeys: rows.map((r) => String(r.agent_key)) };
    },

    async agentStatements(key, afterSeq, limit) {
      const rows = db.prepare(AGENT_STATEMENTS_SQL).all(key, afterSeq, limit + 1);
      const page = rows.slice(0, limit);
      return {
        statements: page.map((r) => JSON.parse(String(r.body)) as StatementJson),
        next: rows.length > limit ? Number(page.at(-1)!.seq) : undefined,
      };
    },

    async readAggregates(kind) {
      return new Map(
        db
          .prepare('SELECT key, value FROM aggregates WHERE kind = ?')
          .all(kind)
          .map((r) => [String(r.key), String(r.value)]),
      );
    },

    async writeAggregates(kind, entries, replace = false) {
      const upsert = db.prepare(UPSERT_AGGREGATE_SQL);
      transaction(() => {
        if (replace) db.prepare('DELETE FROM aggregates WHERE kind = ?').run(kind);
        for (const [key, value] of entries) upsert.run(kind, key, value);
      });
    },

    onStatementsStored: storedEvents.add,

    async migrationVersions() {
      return db
        .prepare('SELECT version FROM schema_migrations ORDER BY version')
        .all()
        .map((r) => Number(r.version));
    },

    async close() {
      db.close();
    },
  };
}
