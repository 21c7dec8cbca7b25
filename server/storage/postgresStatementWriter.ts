import type pg from 'pg';
import { mergeActivityDefinition } from '../xapi/mergeActivityDefinition.ts';
import { setStored } from '../xapi/normalizeStatement.ts';
import type { JsonObject, StatementJson } from '../xapi/xapiTypes.ts';
import { jsonLiteral } from './jsonLiteral.ts';
import type { StatementWriter } from './kyselyRepository.ts';
import type { InsertResult, NewStatement } from './repository.ts';

// Takes the writers' lock, then reads, each in a statement of its own so it sees every commit made
// before the lock was granted: the last stored time, bodies already stored under the batch's ids
// (immutability), the stored definitions of its activities (merged in JS), and which of its ids a
// stored voiding statement targets (such a statement is stored voided). One round trip: the simple
// protocol runs several statements in one message but binds no parameters, so the lists go as JSON
// literals (jsonLiteral).
const beginLocked = (ids: string[], activityIds: string[]) => {
  const list = (values: string[]) => `SELECT jsonb_array_elements_text(${jsonLiteral(values)}::jsonb)`;
  return `BEGIN;
SELECT pg_advisory_xact_lock(hashtext('statements'));
SELECT max(stored_ms) AS ms FROM statements;
SELECT 'body' AS kind, id, body AS value FROM statements WHERE id IN (${list(ids)})
UNION ALL SELECT 'definition', id, definition FROM activities WHERE id IN (${list(activityIds)})
UNION ALL SELECT 'targeted', target_id, NULL FROM statements WHERE voids AND target_id IN (${list(ids)})`;
};

// The whole batch in one statement, each table's rows from one JSON array of row arrays (one
// parameter per table, so the text is the same for every batch size, and the Node process only
// JSON.stringifies: a CPU profile showed building per-value SQL literals costing more than all of
// PostgreSQL's work). Statements take their `seq` in array order (ORDER BY ord); index rows find
// their statement's `seq` by id. Data-modifying CTEs share one snapshot, so the voiding UPDATE
// reaches statements stored before this batch only; a fresh statement's `voided` is decided in JS
// from the batch and from READ.
const WRITE = `WITH s AS (
  INSERT INTO statements (id, stored_ms, verb_id, registration, target_id, voids, voided, body)
  SELECT r->>0, $1::bigint, r->>1, r->>2, r->>3, (r->>4)::bool, (r->>5)::bool, r->>6
  FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(r, ord)
  ORDER BY t.ord
  RETURNING id, seq
), agents AS (
  INSERT INTO statement_agents (agent_key, relation, seq)
  SELECT x.r->>1, x.r->>2, s.seq FROM jsonb_array_elements($3::jsonb) AS x(r)
  JOIN s ON s.id = x.r->>0
  ON CONFLICT DO NOTHING
), activity_index AS (
  INSERT INTO statement_activities (activity_id, relation, seq)
  SELECT x.r->>1, x.r->>2, s.seq FROM jsonb_array_elements($4::jsonb) AS x(r)
  JOIN s ON s.id = x.r->>0
  ON CONFLICT DO NOTHING
), names AS (
  INSERT INTO agent_names (agent_key, name)
  SELECT r->>0, r->>1 FROM jsonb_array_elements($5::jsonb) AS x(r)
  ON CONFLICT DO NOTHING
), links AS (
  INSERT INTO statement_attachments (seq, sha2)
  SELECT s.seq, x.r->>1 FROM jsonb_array_elements($6::jsonb) AS x(r)
  JOIN s ON s.id = x.r->>0
  ON CONFLICT DO NOTHING
), data AS (
  INSERT INTO attachments (sha2, content_type, content)
  SELECT r->>0, r->>1, decode(r->>2, 'base64') FROM jsonb_array_elements($7::jsonb) AS x(r)
  ON CONFLICT DO NOTHING
), definitions AS (
  INSERT INTO activities (id, definition)
  SELECT r->>0, r->>1 FROM jsonb_array_elements($8::jsonb) AS x(r)
  ON CONFLICT (id) DO UPDATE SET definition = excluded.definition
), voiding AS (
  UPDATE statements SET voided = true
  WHERE id IN (SELECT jsonb_array_elements_text($9::jsonb)) AND voids = false
)
SELECT count(*) AS written FROM s`;

const WRITE_NAME = 'cohesion_write_statements';

/** One caller's batch, waiting for the group it will be written with. */
interface Pending {
  items: Parameters<StatementWriter>[0];
  attachments: Parameters<StatementWriter>[1];
  isSame: Parameters<StatementWriter>[2];
  resolve: (result: InsertResult) => void;
  reject: (error: unknown) => void;
}

// A group stops growing at this many statements (MAX_BATCH is 1,000 a request by default).
const GROUP_STATEMENTS = 5000;

/**
 * PostgreSQL's statement batch writer. Batches that arrive while a write is under way wait and are
 * then written together in one transaction (group commit: one lock, one fsync for many requests), in
 * two round trips (lock and reads; one multi-table write and the commit) on one pooled connection.
 * Each batch keeps its own outcome: one that conflicts gets its conflict and writes nothing, the
 * others in its group are stored; when the database refuses a group, each of its batches is written
 * again alone, so only the batch at fault fails.
 */
export function postgresStatementWriter(pool: pg.Pool): StatementWriter {
  // Pooled connections on which WRITE is prepared (a prepared statement lives as long as its connection).
  const prepared = new WeakSet<pg.PoolClient>();
  const queue: Pending[] = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      let take = 0;
      let size = 0;
      while (take < queue.length && (take === 0 || size + queue[take]!.items.length <= GROUP_STATEMENTS))
        size += queue[take++]!.items.length;
      const group = queue.splice(0, take);
      try {
        const results = await writeGroup(group);
        for (const [i, p] of group.entries()) p.resolve(results[i]!);
      } catch (error) {
        if (group.length === 1) group[0]!.reject(error);
        // One batch the database refuses must not fail the others: each is written again on its own.
        else for (const p of group) await writeGroup([p]).then((r) => p.resolve(r[0]!), p.reject);
      }
    }
    writing = false;
  }

  async function writeGroup(group: Pending[]): Promise<InsertResult[]> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      // Statement writers are serialised by a transaction-scoped advisory lock held until COMMIT: a
      // group takes its `seq` values and commits while no other group can, so `seq` order is commit
      // order (keyset paging never skips a statement committed late), across every process on the
      // database, and `stored` never goes backwards.
      const items = group.flatMap((p) => p.items);
      const ids = [...new Set(items.map((i) => i.statement.id!))];
      const activityIds = [...new Set(items.flatMap((i) => i.index.definitions.map((d) => d.id)))];
      const begun = (await client.query(beginLocked(ids, activityIds))) as unknown as pg.QueryResult[];
      // Later than every committed group, so X-Experience-API-Consistent-Through can be the latest stored time.
      const storedMs = Math.max(Date.now(), Number(begun[2]!.rows[0]?.ms ?? 0) + 1);
      const stored = new Date(storedMs).toISOString();
      const known = begun[3]!.rows as { kind: string; id: string; value: string | null }[];
      // Bodies stored before, then those of earlier batches of this group as they are accepted.
      const bodies = new Map<string, StatementJson>(
        known.filter((r) => r.kind === 'body').map((r) => [r.id, JSON.parse(r.value!) as StatementJson]),
      );
      const results: InsertResult[] = [];
      const fresh: { item: NewStatement; delivered: Set<string> }[] = [];
      for (const { items, attachments, isSame } of group) {
        const conflict = items.find((i) => {
          const body = bodies.get(i.statement.id!);
          return body !== undefined && !isSame(body, i.statement);
        });
        if (conflict !== undefined) {
          results.push({ kind: 'conflict', id: conflict.statement.id! });
          continue;
        }
        const delivered = new Set(attachments.map((a) => a.sha2));
        for (const item of items)
          if (!bodies.has(item.statement.id!)) {
            bodies.set(item.statement.id!, setStored(item.statement, stored));
            fresh.push({ item, delivered });
          }
        results.push({ kind: 'stored', ids: items.map((i) => i.statement.id!), stored });
      }
      if (fresh.length === 0) {
        await client.query('ROLLBACK');
        return results;
      }
      const targeted = new Set(known.filter((r) => r.kind === 'targeted').map((r) => r.id));
      for (const { item } of fresh)
        if (item.index.voids && item.index.targetId !== null) targeted.add(item.index.targetId);
      const definitions = new Map<string, JsonObject | undefined>(
        known.filter((r) => r.kind === 'definition').map((r) => [r.id, JSON.parse(r.value!) as JsonObject]),
      );
      for (const { item } of fresh)
        for (const { id, definition } of item.index.definitions)
          definitions.set(id, mergeActivityDefinition(definitions.get(id), definition));
      const touched = [...new Set(fresh.flatMap(({ item }) => item.index.definitions.map((d) => d.id)))];
      const statements = fresh.map(({ item: { statement, index } }) => [
        statement.id!,
        index.verbId,
        index.registration,
        index.targetId,
        index.voids,
        !index.voids && targeted.has(statement.id!),
        JSON.stringify(bodies.get(statement.id!)),
      ]);
      const agents = fresh.flatMap(({ item: { statement, index } }) =>
        index.agents.map((a) => [statement.id!, a.key, a.relation]),
      );
      const activities = fresh.flatMap(({ item: { statement, index } }) =>
        index.activities.map((a) => [statement.id!, a.id, a.relation]),
      );
      const names = fresh.flatMap(({ item }) => item.index.names.map((n) => [n.key, n.name]));
      // The statement may later serve only the attachment data it arrived with.
      const links = fresh.flatMap(({ item: { statement }, delivered }) =>
        [...new Set((statement.attachments ?? []).map((a) => a.sha2))]
          .filter((sha2) => delivered.has(sha2))
          .map((sha2) => [statement.id!, sha2]),
      );
      const data = group
        .filter((_, i) => results[i]!.kind === 'stored')
        .flatMap((p) => p.attachments.map((a) => [a.sha2, a.contentType, Buffer.from(a.content).toString('base64')]));
      const voidTargets = fresh
        .filter(({ item }) => item.index.voids && item.index.targetId !== null)
        .map(({ item }) => item.index.targetId!);
      const definitionRows = touched.map((id) => [id, JSON.stringify(definitions.get(id))]);
      // WRITE is prepared once per connection; the group runs it and commits in one round trip, so
      // the lock is held across two round trips in all.
      if (!prepared.has(client)) {
        await client.query(`PREPARE ${WRITE_NAME} AS ${WRITE}`);
        prepared.add(client);
      }
      const values = [statements, agents, activities, names, links, data, definitionRows, voidTargets].map(jsonLiteral);
      await client.query(`EXECUTE ${WRITE_NAME}(${storedMs}, ${values.join(', ')}); COMMIT`);
      return results;
    } catch (error) {
      broken = error as Error;
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      // A connection that failed mid-transaction is dropped rather than reused.
      client.release(broken);
    }
  }

  return (items, attachments, isSame) =>
    new Promise<InsertResult>((resolve, reject) => {
      queue.push({ items, attachments, isSame, resolve, reject });
      if (!writing) void drain();
    });
}
