import { type InsertObject, type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import { pairingState } from '../api/pairingState.ts';
import { agentKey } from '../xapi/agentKey.ts';
import type { StatementIndex } from '../xapi/indexStatement.ts';
import { mergeActivityDefinition } from '../xapi/mergeActivityDefinition.ts';
import { setStored } from '../xapi/normalizeStatement.ts';
import type { JsonObject, StatementJson } from '../xapi/xapiTypes.ts';
import { asRow } from './asRow.ts';
import { codeMayBind } from './codeMayBind.ts';
import { type CompiledQueries, compiledQueries } from './compiledQueries.ts';
import { ConflictSignal } from './conflictSignal.ts';
import type { Database } from './database.ts';
import { fieldCaseStore } from './fieldCaseStore.ts';
import { fromRow } from './fromRow.ts';
import type { Dialect } from './migrations.ts';
import type {
  AgentUse,
  BadgeRecord,
  DocumentScope,
  EnrolmentCode,
  PopulationDimension,
  ProgrammeEventRecord,
  Repository,
  User,
} from './repository.ts';
import {
  toBadge,
  toDocument,
  toEnrolmentCode,
  toInvitation,
  toPairing,
  toStatedFunction,
  toUser,
} from './rowMappers.ts';
import { statementQuery } from './statementQuery.ts';
import { storedListeners } from './storedListeners.ts';

/** A database handle: the whole database, or one transaction on it. */
type Db = Kysely<Database>;

/**
 * Holds a transaction-scoped lock named `key` until the transaction ends. PostgreSQL: an advisory
 * lock, as its writers run in parallel; SQLite: nothing, as every transaction there already holds
 * the one write lock (BEGIN IMMEDIATE) and the connection is used by one transaction at a time.
 */
export type LockKey = (trx: Db, key: string) => Promise<void>;

/** Stores a batch of statements in one transaction (see Repository.insertStatements), committed before it resolves. */
export type StatementWriter = Repository['insertStatements'];

// Multi-row writes are cut to this many rows: SQLite binds at most 32,766 values per statement
// (a statements row binds 7).
const ROWS_PER_WRITE = 1000;

const pageOf = (rows: { seq: number; body: string }[], limit: number) => {
  const page = rows.slice(0, limit);
  const statements = page.map((r) => JSON.parse(r.body) as StatementJson);
  return rows.length > limit ? { statements, next: Number(page.at(-1)!.seq) } : { statements };
};

/** Work under way `exclusively` on SQLite, by name: each waits for the one before. */
const sqliteExclusive = new Map<string, Promise<void>>();

/** A row's values in its columns' order: the parameters Kysely binds for a multi-row VALUES list. */
const rowParameters = (rows: object[]) => rows.flatMap((row) => Object.values(row));

/** Inserts the rows whose key is not stored yet, up to ROWS_PER_WRITE in one statement. */
async function insertNew<T extends keyof Database & string>(
  cached: CompiledQueries,
  trx: Db,
  table: T,
  rows: InsertObject<Database, T>[],
) {
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    const slice = rows.slice(start, start + ROWS_PER_WRITE);
    await cached(
      trx,
      `insert new ${table} (${Object.keys(slice[0]!)}) x${slice.length}`,
      () =>
        trx
          .insertInto(table)
          .values(slice)
          .onConflict((oc) => oc.doNothing()),
      rowParameters(slice),
    );
  }
}

/** Whether an UPDATE changed any row: the answer of the repository's setters that find their row by key. */
const updatedAny = async (update: { executeTakeFirst(): Promise<{ numUpdatedRows: bigint }> }) =>
  (await update.executeTakeFirst()).numUpdatedRows > 0n;

const userRow = (user: User) => ({
  username: user.username,
  secret_hash: user.secretHash,
  role: user.role,
  agent: user.agent === null ? null : JSON.stringify(user.agent),
  created_ms: user.createdMs,
});

const badgeRow = (badge: BadgeRecord) => ({
  status_index: badge.statusIndex,
  id: badge.id,
  agent_key: badge.agentKey,
  competency: badge.competency,
  level: badge.level,
  jwt: badge.jwt,
  issued_ms: badge.issuedMs,
  revoked_ms: badge.revokedMs,
});

const codeRow = (code: EnrolmentCode) => ({
  code_hash: code.codeHash,
  issued_by: code.issuedBy,
  agent: code.agent === null ? null : JSON.stringify(code.agent),
  expires_ms: code.expiresMs,
  adds_device: code.addsDevice,
});

/**
 * The repository over a migrated Kysely database, one implementation for SQLite and PostgreSQL.
 * Every write resolves once its transaction has committed; `close` ends the database handle.
 * `writeStatements` replaces the generic statement batch writer (PostgreSQL's set-based one).
 */
export function kyselyRepository(
  db: Db,
  dialect: Dialect,
  lock: LockKey,
  options: { writeStatements?: StatementWriter } = {},
): Repository {
  const storedEvents = storedListeners();
  /** Every agent's State document of this activity and state id, by agent and registration. */
  const stateDocuments = (activityId: string, stateId: string) =>
    db
      .selectFrom('documents')
      .where('kind', '=', 'state')
      .where('activity_id', '=', activityId)
      .where('doc_id', '=', stateId)
      .orderBy('agent_key')
      .orderBy('registration');
  /**
   * One transaction that changes what it first reads: `select`'s first row (undefined when none), handed to `change`
   * locked against the other writers where they run in parallel (PostgreSQL); SQLite's transaction already holds the
   * one write lock.
   */
  const changeFirst = <DB, TB extends keyof DB, O, R>(
    select: (trx: Transaction<Database>) => SelectQueryBuilder<DB, TB, O>,
    change: (row: O | undefined, trx: Transaction<Database>) => Promise<R>,
  ) =>
    db.transaction().execute(async (trx) => {
      const query = select(trx);
      return change(await (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst(), trx);
    });
  // Per repository: the compiled text differs between dialects.
  const cached = compiledQueries();
  const inScope = (s: DocumentScope) => ({
    kind: s.kind,
    activity_id: s.activityId,
    agent_key: s.agentKey,
    registration: s.registration,
  });
  const findDocument = (trx: Db, scope: DocumentScope, docId: string) =>
    trx
      .selectFrom('documents')
      .selectAll()
      .where((eb) => eb.and({ ...inScope(scope), doc_id: docId }))
      .executeTakeFirst();

  async function agentInUse(key: string, trx: Db = db): Promise<AgentUse> {
    const users = await trx.selectFrom('users').select('agent').where('agent', 'is not', null).execute();
    const credential = users.some((r) => agentKey(JSON.parse(r.agent!)) === key);
    const statement = await trx
      .selectFrom('statement_agents')
      .select('seq')
      .where('agent_key', '=', key)
      .limit(1)
      .executeTakeFirst();
    const document =
      statement ??
      (await trx.selectFrom('documents').select('doc_id').where('agent_key', '=', key).limit(1).executeTakeFirst());
    return { credential, records: document !== undefined };
  }

  const writeStatements: StatementWriter = async (items, attachments, isSame) => {
    try {
      const result = await db.transaction().execute(async (trx) => {
        // Statement writers are serialised so `seq` order is commit order (keyset paging never
        // skips a statement committed late) and `stored` never goes backwards.
        await lock(trx, 'statements');
        const ids = items.map((i) => i.statement.id!);
        const existing = new Map(
          ids.length === 0
            ? []
            : (
                await cached(
                  trx,
                  `stored bodies x${ids.length}`,
                  () => trx.selectFrom('statements').select(['id', 'body']).where('id', 'in', ids),
                  ids,
                )
              ).map((r) => [r.id, r.body]),
        );
        const fresh = items.filter((item) => {
          const body = existing.get(item.statement.id!);
          if (body !== undefined && !isSame(JSON.parse(body), item.statement))
            throw new ConflictSignal(item.statement.id!);
          return body === undefined;
        });
        const delivered = new Set(attachments.map((a) => a.sha2));
        const [last] = await cached(
          trx,
          'last stored',
          () => trx.selectFrom('statements').select((eb) => eb.fn.max('stored_ms').as('ms')),
          [],
        );
        // Later than every committed batch, so X-Experience-API-Consistent-Through can be the latest stored time.
        const storedMs = Math.max(Date.now(), Number(last?.ms ?? 0) + 1);
        const stored = new Date(storedMs).toISOString();
        // The whole batch in a few multi-row statements (not a few per statement): a query's
        // building and round trip cost more than its rows.
        const storedRows = fresh.map((item) => ({ item, statement: setStored(item.statement, stored) }));
        const seqs = new Map<string, number>();
        for (let start = 0; start < storedRows.length; start += ROWS_PER_WRITE) {
          const values = storedRows.slice(start, start + ROWS_PER_WRITE).map(({ item: { index }, statement }) => ({
            id: statement.id!,
            stored_ms: storedMs,
            verb_id: index.verbId,
            registration: index.registration,
            target_id: index.targetId,
            voids: index.voids,
            body: JSON.stringify(statement),
          }));
          // Rows take their `seq` in VALUES order, so a batch keeps its order in paging.
          const inserted = await cached(
            trx,
            `insert statements x${values.length}`,
            () => trx.insertInto('statements').values(values).returning(['id', 'seq']),
            rowParameters(values),
          );
          for (const { id, seq } of inserted) seqs.set(id, seq);
        }
        const each = <R>(rows: (entry: { index: StatementIndex; seq: number; statement: StatementJson }) => R[]) =>
          storedRows.flatMap(({ item, statement }) =>
            rows({ index: item.index, seq: seqs.get(statement.id!)!, statement }),
          );
        await insertNew(
          cached,
          trx,
          'statement_agents',
          each(({ index, seq }) => index.agents.map((a) => ({ agent_key: a.key, relation: a.relation, seq }))),
        );
        await insertNew(
          cached,
          trx,
          'statement_activities',
          each(({ index, seq }) => index.activities.map((a) => ({ activity_id: a.id, relation: a.relation, seq }))),
        );
        await insertNew(
          cached,
          trx,
          'agent_names',
          each(({ index }) => index.names.map((n) => ({ agent_key: n.key, name: n.name }))),
        );
        // The statement may later serve only the attachment data it arrived with.
        await insertNew(
          cached,
          trx,
          'statement_attachments',
          each(({ statement, seq }) =>
            [...new Set((statement.attachments ?? []).map((a) => a.sha2))]
              .filter((sha2) => delivered.has(sha2))
              .map((sha2) => ({ seq, sha2 })),
          ),
        );
        const definitions = each(({ index }) => index.definitions);
        if (definitions.length > 0) {
          const ids = [...new Set(definitions.map((d) => d.id))];
          const merged = new Map<string, JsonObject | undefined>(
            (
              await cached(
                trx,
                `activity definitions x${ids.length}`,
                () => trx.selectFrom('activities').select(['id', 'definition']).where('id', 'in', ids),
                ids,
              )
            ).map((r) => [r.id, JSON.parse(r.definition) as JsonObject]),
          );
          for (const { id, definition } of definitions)
            merged.set(id, mergeActivityDefinition(merged.get(id), definition));
          const rows = ids.map((id) => ({ id, definition: JSON.stringify(merged.get(id)) }));
          // Each definition merged above replaces the stored one.
          const putDefinitions = () =>
            trx
              .insertInto('activities')
              .values(rows)
              .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ definition: eb.ref('excluded.definition') })));
          await cached(trx, `put activity definitions x${rows.length}`, putDefinitions, rowParameters(rows));
        }
        const targets = fresh.filter((i) => i.index.voids && i.index.targetId !== null).map((i) => i.index.targetId!);
        // Rare (voiding statements only): built as usual rather than cached.
        if (targets.length > 0)
          await trx
            .updateTable('statements')
            .set({ voided: true })
            .where('id', 'in', targets)
            .where('voids', '=', false)
            .execute();
        // A statement voided before it arrived (its voiding statement came first) is stored voided.
        const freshIds = fresh.map((i) => i.statement.id!);
        if (freshIds.length > 0)
          await cached(
            trx,
            `void if targeted x${freshIds.length}`,
            () =>
              trx
                .updateTable('statements as s')
                .set({ voided: true })
                .where('s.id', 'in', freshIds)
                .where('s.voids', '=', false)
                .where(({ exists, selectFrom }) =>
                  exists(
                    selectFrom('statements as v')
                      .select('v.seq')
                      .whereRef('v.target_id', '=', 's.id')
                      .where('v.voids', '=', true),
                  ),
                ),
            [true, ...freshIds, false, true],
          );
        await insertNew(
          cached,
          trx,
          'attachments',
          attachments.map((a) => ({ sha2: a.sha2, content_type: a.contentType, content: a.content })),
        );
        return { kind: 'stored' as const, ids, stored };
      });
      return result;
    } catch (error) {
      if (error instanceof ConflictSignal) return { kind: 'conflict', id: error.id };
      throw error;
    }
  };

  return {
    dialect,

    async insertStatements(items, attachments, isSame) {
      const result = await (options.writeStatements ?? writeStatements)(items, attachments, isSame);
      if (result.kind === 'stored') storedEvents.notify();
      return result;
    },

    async findStatement(id) {
      const row = await db
        .selectFrom('statements')
        .select(['seq', 'body', 'voided'])
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const keys = await db
        .selectFrom('statement_agents')
        .select('agent_key')
        .where('seq', '=', row.seq)
        .where('relation', '=', 'direct')
        .execute();
      return {
        statement: JSON.parse(row.body) as StatementJson,
        voided: Boolean(row.voided),
        agentKeys: keys.map((r) => r.agent_key),
      };
    },

    async queryStatements(filter) {
      const { rows } = await statementQuery(filter).execute(db);
      return pageOf(rows, filter.limit);
    },

    async getAttachments(statementIds) {
      if (statementIds.length === 0) return [];
      const ids = statementIds.map((id) => id.toLowerCase());
      const rows = await db
        .selectFrom('statements as s')
        .innerJoin('statement_attachments as l', 'l.seq', 's.seq')
        .innerJoin('attachments as a', 'a.sha2', 'l.sha2')
        .select(['s.id', 'a.sha2', 'a.content_type', 'a.content'])
        .where('s.id', 'in', ids)
        .execute();
      // In the order the statements were asked for, each attachment once.
      const seen = new Set<string>();
      return rows
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
        .filter((r) => !seen.has(r.sha2) && seen.add(r.sha2))
        .map((r) => ({ sha2: r.sha2, contentType: r.content_type, content: r.content }));
    },

    async latestStored() {
      const row = await db
        .selectFrom('statements')
        .select((eb) => eb.fn.max('stored_ms').as('ms'))
        .executeTakeFirst();
      return row?.ms === null || row?.ms === undefined ? undefined : new Date(Number(row.ms)).toISOString();
    },

    async getActivityDefinition(activityId) {
      const row = await db
        .selectFrom('activities')
        .select('definition')
        .where('id', '=', activityId)
        .executeTakeFirst();
      return row === undefined ? undefined : (JSON.parse(row.definition) as JsonObject);
    },

    async getAgentNames(key) {
      const rows = await db
        .selectFrom('agent_names')
        .select('name')
        .where('agent_key', '=', key)
        .orderBy('name')
        .execute();
      return rows.map((r) => r.name);
    },

    async getDocument(scope, docId) {
      const row = await findDocument(db, scope, docId);
      return row === undefined ? undefined : toDocument(row);
    },

    async listDocuments(scope, sinceMs) {
      const rows = await db
        .selectFrom('documents')
        .select(['doc_id', 'updated_ms'])
        .where((eb) => eb.and(inScope(scope)))
        .where('updated_ms', '>', sinceMs ?? -1)
        .orderBy('doc_id')
        .execute();
      const last = rows.reduce<number | undefined>((max, r) => Math.max(max ?? 0, Number(r.updated_ms)), undefined);
      return last === undefined ? { ids: [] } : { ids: rows.map((r) => r.doc_id), lastUpdatedMs: last };
    },

    async changeDocument(scope, docId, change) {
      await db.transaction().execute(async (trx) => {
        // Lock the document's key (it may not exist yet, so a row lock would not do).
        await lock(trx, JSON.stringify([scope.kind, scope.activityId, scope.agentKey, scope.registration, docId]));
        const row = await findDocument(trx, scope, docId);
        const decision = change(row === undefined ? undefined : toDocument(row));
        if (decision.kind === 'put') {
          const d = decision.document;
          const values = { content_type: d.contentType, content: d.content, etag: d.etag, updated_ms: d.updatedMs };
          await trx
            .insertInto('documents')
            .values({ ...inScope(scope), doc_id: docId, ...values })
            .onConflict((oc) =>
              oc.columns(['kind', 'activity_id', 'agent_key', 'registration', 'doc_id']).doUpdateSet(values),
            )
            .execute();
        } else if (decision.kind === 'delete') {
          await trx
            .deleteFrom('documents')
            .where((eb) => eb.and({ ...inScope(scope), doc_id: docId }))
            .execute();
        }
      });
    },

    async deleteDocuments(scope) {
      await db
        .deleteFrom('documents')
        .where((eb) => eb.and(inScope(scope)))
        .execute();
    },

    async listStateDocuments(activityId, stateId, agentKeys) {
      if (agentKeys?.length === 0) return [];
      const found = [];
      for (let start = 0; start < (agentKeys?.length ?? 1); start += ROWS_PER_WRITE) {
        let query = stateDocuments(activityId, stateId).selectAll();
        if (agentKeys !== undefined)
          query = query.where('agent_key', 'in', agentKeys.slice(start, start + ROWS_PER_WRITE));
        for (const row of await query.execute())
          found.push({ agentKey: row.agent_key, registration: row.registration, document: toDocument(row) });
      }
      return found;
    },

    async stateDocumentVersions(activityId, stateId) {
      const rows = await stateDocuments(activityId, stateId)
        .select(['agent_key', 'registration', 'etag', 'updated_ms'])
        .execute();
      return rows.map((row) => ({
        agentKey: row.agent_key,
        registration: row.registration,
        etag: row.etag,
        updatedMs: Number(row.updated_ms),
      }));
    },

    async createUser(user) {
      await db.insertInto('users').values(userRow(user)).execute();
    },

    async findUser(username) {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row === undefined ? undefined : toUser(row);
    },

    async listUsers() {
      return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
    },

    async deleteUser(username) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('sessions').where('username', '=', username).execute();
        const { numDeletedRows } = await trx.deleteFrom('users').where('username', '=', username).executeTakeFirst();
        return numDeletedRows > 0n;
      });
    },

    async createFirstUser(user) {
      return db.transaction().execute(async (trx) => {
        // Two setup requests at once: the second waits here, then sees the first's user.
        await lock(trx, 'users');
        if ((await trx.selectFrom('users').select('username').limit(1).executeTakeFirst()) !== undefined) return false;
        await trx.insertInto('users').values(userRow(user)).execute();
        return true;
      });
    },

    async setUserSecret(username, secretHash) {
      return updatedAny(db.updateTable('users').set({ secret_hash: secretHash }).where('username', '=', username));
    },

    async setUserDisabled(username, disabled, nowMs) {
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('users')
          .set({ disabled_ms: disabled ? nowMs : null })
          .where('username', '=', username)
          .executeTakeFirst();
        if (disabled) await trx.deleteFrom('sessions').where('username', '=', username).execute();
        return numUpdatedRows > 0n;
      });
    },

    async createSession(session) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: session.idHash,
          username: session.username,
          created_ms: session.createdMs,
          expires_ms: session.expiresMs,
        })
        .execute();
    },

    async findSessionUser(idHash, nowMs) {
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.username', 's.username')
        .selectAll('u')
        .where('s.id_hash', '=', idHash)
        .where('s.expires_ms', '>', nowMs)
        .where('u.disabled_ms', 'is', null)
        .executeTakeFirst();
      return row === undefined ? undefined : toUser(row);
    },

    async deleteSession(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteSessionsOf(username, keepIdHash) {
      await db
        .deleteFrom('sessions')
        .where('username', '=', username)
        .$if(keepIdHash !== undefined, (q) => q.where('id_hash', '!=', keepIdHash!))
        .execute();
    },

    async createInvitations(items) {
      if (items.length === 0) return;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('enrolment_codes')
          .values(items.map(({ code }) => codeRow(code)))
          .execute();
        await trx
          .insertInto('invitations')
          .values(
            items.map(({ invitation: i }) => ({
              id: i.id,
              code_hash: i.codeHash,
              invitee: i.invitee,
              region: i.region,
              job_function: i.jobFunction,
              created_by: i.createdBy,
              created_ms: i.createdMs,
              expires_ms: i.expiresMs,
              revoked_ms: i.revokedMs,
            })),
          )
          .execute();
      });
    },

    ...fieldCaseStore(db, lock),

    async addProgrammeEvent(e) {
      await db.insertInto('programme_events').values(asRow(e)).execute();
    },

    async listProgrammeEvents() {
      const rows = await db.selectFrom('programme_events').selectAll().orderBy('date').orderBy('created_ms').execute();
      return rows.map((r) => ({
        ...fromRow(r),
        kind: r.kind as ProgrammeEventRecord['kind'],
        createdMs: Number(r.created_ms),
      }));
    },

    async deleteProgrammeEvent(id) {
      const result = await db.deleteFrom('programme_events').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async changePopulationSizes(changes) {
      if (changes.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const c of changes) {
          const where = { dimension: c.dimension, key: c.key };
          if (c.size === null)
            await trx
              .deleteFrom('population_sizes')
              .where((eb) => eb.and(where))
              .execute();
          else {
            const values = { size: c.size, updated_by: c.changedBy, updated_ms: c.changedMs };
            await trx
              .insertInto('population_sizes')
              .values({ ...where, ...values })
              .onConflict((oc) => oc.columns(['dimension', 'key']).doUpdateSet(values))
              .execute();
          }
        }
        await trx.insertInto('population_size_changes').values(changes.map(asRow)).execute();
      });
    },

    async listPopulationSizes() {
      const rows = await db.selectFrom('population_sizes').selectAll().orderBy('dimension').orderBy('key').execute();
      return rows.map((r) => ({
        ...fromRow(r),
        dimension: r.dimension as PopulationDimension,
        size: Number(r.size),
        updatedMs: Number(r.updated_ms),
      }));
    },

    async listPopulationChanges() {
      const rows = await db
        .selectFrom('population_size_changes')
        .selectAll()
        .orderBy('changed_ms', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({
        ...fromRow(r),
        dimension: r.dimension as PopulationDimension,
        size: r.size === null ? null : Number(r.size),
        changedMs: Number(r.changed_ms),
      }));
    },

    async setStatedFunction(stated) {
      if (stated.jobFunction === '') {
        await db.deleteFrom('stated_functions').where('agent_key', '=', stated.agentKey).execute();
        return;
      }
      const values = { job_function: stated.jobFunction, stated_by: stated.statedBy, stated_ms: stated.statedMs };
      await db
        .insertInto('stated_functions')
        .values({ agent_key: stated.agentKey, ...values })
        .onConflict((oc) => oc.column('agent_key').doUpdateSet(values))
        .execute();
    },

    async findStatedFunction(key) {
      const r = await db.selectFrom('stated_functions').selectAll().where('agent_key', '=', key).executeTakeFirst();
      return r === undefined ? undefined : toStatedFunction(r);
    },

    async listStatedFunctions() {
      const rows = await db.selectFrom('stated_functions').selectAll().orderBy('agent_key').execute();
      return rows.map(toStatedFunction);
    },

    async listInvitations() {
      const rows = await db
        .selectFrom('invitations as i')
        .leftJoin('enrolment_codes as c', 'c.code_hash', 'i.code_hash')
        .selectAll('i')
        .select(['c.used_ms', 'c.used_by'])
        .orderBy('i.created_ms', 'desc')
        .orderBy('i.invitee')
        .execute();
      return rows.map(toInvitation);
    },

    async revokeInvitation(id, nowMs) {
      return changeFirst(
        (trx) =>
          trx
            .selectFrom('invitations as i')
            .innerJoin('enrolment_codes as c', 'c.code_hash', 'i.code_hash')
            .select(['i.code_hash', 'c.used_ms', 'i.revoked_ms'])
            .where('i.id', '=', id),
        async (row, trx) => {
          if (row === undefined || row.used_ms !== null || row.revoked_ms !== null) return false;
          await trx.updateTable('invitations').set({ revoked_ms: nowMs }).where('id', '=', id).execute();
          // The code underneath stops working at once: redemption refuses an expired code.
          await trx
            .updateTable('enrolment_codes')
            .set({ expires_ms: nowMs })
            .where('code_hash', '=', row.code_hash)
            .where('used_ms', 'is', null)
            .execute();
          return true;
        },
      );
    },

    async createEnrolmentCode(code) {
      await db.insertInto('enrolment_codes').values(codeRow(code)).execute();
    },

    async agentInUse(key) {
      return agentInUse(key);
    },

    async redeemEnrolmentCode(codeHash, nowMs, makeUser) {
      return changeFirst(
        (trx) =>
          trx
            .selectFrom('enrolment_codes')
            .selectAll()
            .where('code_hash', '=', codeHash)
            .where('used_ms', 'is', null)
            .where('expires_ms', '>', nowMs),
        async (row, trx) => {
          if (row === undefined) return { kind: 'invalid' as const };
          const code = toEnrolmentCode(row);
          const user = makeUser(code);
          const key = agentKey(user.agent!) ?? '';
          // Two codes redeemed at once for the same agent: the second waits here and then sees the first's credential.
          await lock(trx, `agent:${key}`);
          if (!codeMayBind(code, await agentInUse(key, trx))) return { kind: 'agentTaken' as const };
          await trx
            .updateTable('enrolment_codes')
            .set({ used_ms: nowMs, used_by: user.username })
            .where('code_hash', '=', codeHash)
            .execute();
          await trx.insertInto('users').values(userRow(user)).execute();
          return { kind: 'redeemed' as const, user };
        },
      );
    },

    async createPairing(p) {
      await db
        .insertInto('device_pairings')
        .values({
          id: p.id,
          code_hash: p.codeHash,
          agent: JSON.stringify(p.agent),
          requested_by: p.requestedBy,
          created_ms: p.createdMs,
          expires_ms: p.expiresMs,
          claim_hash: null,
          device: null,
          device_username: null,
          device_secret_hash: null,
          confirmed_ms: null,
          declined_ms: null,
        })
        .execute();
    },

    async findPairing(by) {
      const row = await db
        .selectFrom('device_pairings')
        .selectAll()
        .$if('id' in by, (q) => q.where('id', '=', (by as { id: string }).id))
        .$if('claimHash' in by, (q) => q.where('claim_hash', '=', (by as { claimHash: string }).claimHash))
        .executeTakeFirst();
      return row === undefined ? undefined : toPairing(row);
    },

    async claimPairing(codeHash, nowMs, claim) {
      // One UPDATE decides: of two claims at once, only one finds the pairing still unclaimed.
      const { numUpdatedRows } = await db
        .updateTable('device_pairings')
        .set({
          claim_hash: claim.claimHash,
          device: claim.device,
          device_username: claim.deviceUsername,
          device_secret_hash: claim.deviceSecretHash,
        })
        .where('code_hash', '=', codeHash)
        .where('claim_hash', 'is', null)
        .where('declined_ms', 'is', null)
        .where('expires_ms', '>', nowMs)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) return undefined;
      const row = await db
        .selectFrom('device_pairings')
        .selectAll()
        .where('code_hash', '=', codeHash)
        .executeTakeFirst();
      return row === undefined ? undefined : toPairing(row);
    },

    async confirmPairing(id, nowMs) {
      return changeFirst(
        (trx) => trx.selectFrom('device_pairings').selectAll().where('id', '=', id),
        async (row, trx) => {
          const pairing = row === undefined ? undefined : toPairing(row);
          // Only a pairing whose code the device entered, still undecided and unexpired, is confirmed.
          if (pairing === undefined || pairingState(pairing, nowMs) !== 'claimed') return false;
          await trx.updateTable('device_pairings').set({ confirmed_ms: nowMs }).where('id', '=', id).execute();
          await trx
            .insertInto('users')
            .values(
              userRow({
                username: pairing.deviceUsername!,
                secretHash: pairing.deviceSecretHash!,
                role: 'learner',
                agent: pairing.agent,
                createdMs: nowMs,
              }),
            )
            .execute();
          return true;
        },
      );
    },

    async declinePairing(id, nowMs) {
      return updatedAny(
        db
          .updateTable('device_pairings')
          .set({ declined_ms: nowMs })
          .where('id', '=', id)
          .where('confirmed_ms', 'is', null)
          .where('declined_ms', 'is', null),
      );
    },

    async agentsChangedSince(afterSeq) {
      const row = await db
        .selectFrom('statements')
        .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), eb.lit(0)).as('seq'))
        .executeTakeFirst();
      const through = Number(row?.seq ?? 0);
      if (through <= afterSeq) return { through, agentKeys: [] };
      // The agents of the new statements, and of the statements the new ones void.
      const rows = await db
        .selectFrom('statement_agents')
        .select('agent_key')
        .where('relation', '=', 'direct')
        .where('seq', '>', afterSeq)
        .where('seq', '<=', through)
        .union(
          db
            .selectFrom('statements as v')
            .innerJoin('statements as t', 't.id', 'v.target_id')
            .innerJoin('statement_agents as sa', (join) =>
              join.onRef('sa.seq', '=', 't.seq').on('sa.relation', '=', 'direct'),
            )
            .select('sa.agent_key')
            .where('v.voids', '=', true)
            .where('v.seq', '>', afterSeq)
            .where('v.seq', '<=', through),
        )
        .execute();
      return { through, agentKeys: rows.map((r) => r.agent_key) };
    },

    async agentStatements(key, afterSeq, limit) {
      const rows = await db
        .selectFrom('statement_agents as a')
        .innerJoin('statements as s', 's.seq', 'a.seq')
        .select(['s.seq', 's.body'])
        .where('a.agent_key', '=', key)
        .where('a.relation', '=', 'direct')
        .where('a.seq', '>', afterSeq)
        .where('s.voided', '=', false)
        .orderBy('a.seq')
        .limit(limit + 1)
        .execute();
      const page = pageOf(rows, limit);
      return { statements: page.statements, next: page.next };
    },

    async readAggregates(kind, keys) {
      if (keys?.length === 0) return new Map();
      const rows: { key: string; value: string }[] = [];
      for (let start = 0; start < (keys?.length ?? 1); start += ROWS_PER_WRITE) {
        let query = db.selectFrom('aggregates').select(['key', 'value']).where('kind', '=', kind);
        if (keys !== undefined) query = query.where('key', 'in', keys.slice(start, start + ROWS_PER_WRITE));
        rows.push(...(await query.execute()));
      }
      return new Map(rows.map((r) => [r.key, r.value]));
    },

    async exclusively(name, work) {
      if (dialect === 'sqlite') {
        // One process serves a SQLite database: a queue in its memory is the lock.
        const before = sqliteExclusive.get(name) ?? Promise.resolve();
        const done = before.then(work);
        const settled = done.then(
          () => {},
          () => {},
        );
        sqliteExclusive.set(name, settled);
        void settled.then(() => sqliteExclusive.get(name) === settled && sqliteExclusive.delete(name));
        return done;
      }
      // A session lock on a connection of its own, so `work` may use the pool and commit as it goes.
      return db.connection().execute(async (connection) => {
        for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
          const { rows } = await sql<{
            locked: boolean;
          }>`SELECT pg_try_advisory_lock(hashtext(${name})) AS locked`.execute(connection);
          if (rows[0]?.locked) break;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
        try {
          return await work();
        } finally {
          await sql`SELECT pg_advisory_unlock(hashtext(${name}))`.execute(connection);
        }
      });
    },

    async writeAggregates(kind, entries, replace = false) {
      // Last value wins for a key given twice, as one upsert may not touch a row twice.
      const rows = [...new Map(entries)].map(([key, value]) => ({ kind, key, value }));
      await db.transaction().execute(async (trx) => {
        if (replace) await trx.deleteFrom('aggregates').where('kind', '=', kind).execute();
        for (let start = 0; start < rows.length; start += ROWS_PER_WRITE)
          await trx
            .insertInto('aggregates')
            .values(rows.slice(start, start + ROWS_PER_WRITE))
            .onConflict((oc) => oc.columns(['kind', 'key']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
            .execute();
      });
    },

    async issuerKey(id, make) {
      const found = await db.selectFrom('issuer_keys').selectAll().where('id', '=', id).executeTakeFirst();
      if (found === undefined) {
        const made = await make();
        // Two processes starting together: the first key stored wins and both use it.
        await db
          .insertInto('issuer_keys')
          .values({ id, public_jwk: made.publicJwk, private_jwk: made.privateJwk, created_ms: made.createdMs })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      const row = await db.selectFrom('issuer_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { id: row.id, publicJwk: row.public_jwk, privateJwk: row.private_jwk, createdMs: Number(row.created_ms) };
    },

    async issueBadge(key, sign) {
      return db.transaction().execute(async (trx) => {
        // Issuers run in parallel on PostgreSQL: one at a time picks a position and checks for the badge.
        await lock(trx, 'badges');
        const existing = await trx
          .selectFrom('badges')
          .select('id')
          .where('agent_key', '=', key.agentKey)
          .where('competency', '=', key.competency)
          .where('level', '=', key.level)
          .executeTakeFirst();
        if (existing !== undefined) return false;
        const last = await trx
          .selectFrom('badges')
          .select((eb) => eb.fn.max('status_index').as('last'))
          .executeTakeFirst();
        const badge = await sign(last?.last === null || last?.last === undefined ? 0 : Number(last.last) + 1);
        await trx.insertInto('badges').values(badgeRow(badge)).execute();
        return true;
      });
    },

    async listBadges(key) {
      const rows = await db
        .selectFrom('badges')
        .selectAll()
        .$if(key !== undefined, (q) => q.where('agent_key', '=', key!))
        .orderBy('status_index')
        .execute();
      return rows.map(toBadge);
    },

    async findBadge(id) {
      const row = await db.selectFrom('badges').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toBadge(row);
    },

    async setBadgeRevoked(id, revokedMs) {
      return updatedAny(db.updateTable('badges').set({ revoked_ms: revokedMs }).where('id', '=', id));
    },

    async revokedStatusIndexes() {
      const rows = await db.selectFrom('badges').select('status_index').where('revoked_ms', 'is not', null).execute();
      return rows.map((r) => Number(r.status_index));
    },

    onStatementsStored: storedEvents.add,

    ...(dialect === 'postgres' && {
      sharedCounters: {
        async add(kind, key, subject, amount, nowMs, windowMs) {
          const live = nowMs - windowMs;
          // A count whose window has ended starts again from this one.
          await sql`INSERT INTO shared_limits AS l (kind, key, subject, window_start_ms, used)
            VALUES (${kind}, ${key}, ${subject}, ${nowMs}, ${amount})
            ON CONFLICT (kind, key, subject) DO UPDATE SET
              used = CASE WHEN l.window_start_ms > ${live} THEN l.used + excluded.used ELSE excluded.used END,
              window_start_ms = CASE WHEN l.window_start_ms > ${live} THEN l.window_start_ms ELSE excluded.window_start_ms END`.execute(
            db,
          );
          const row = await db
            .selectFrom('shared_limits')
            .select((eb) => [eb.fn.sum<number>('used').as('total'), eb.fn.min('window_start_ms').as('start')])
            .where('kind', '=', kind)
            .where('key', '=', key)
            .where('window_start_ms', '>', live)
            .executeTakeFirstOrThrow();
          return { total: Number(row.total ?? 0), windowStartMs: Number(row.start ?? nowMs) };
        },
        async clear(kind, key, subject) {
          await db
            .deleteFrom('shared_limits')
            .where((eb) => eb.and({ kind, key, subject }))
            .execute();
        },
      },
    }),

    async migrationVersions() {
      const rows = await db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
      return rows.map((r) => Number(r.version));
    },

    async close() {
      await db.destroy();
    },
  };
}
