import type pg from 'pg';
import { mergeActivityDefinition } from '../xapi/mergeActivityDefinition.ts';
import { setStored } from '../xapi/normalizeStatement.ts';
import type { JsonObject, StatementJson } from '../xapi/xapiTypes.ts';
import type { StatementWriter } from './kyselyRepository.ts';
import type { InsertResult, NewStatement } from './repository.ts';

// Takes the writers' lock, then reads, each in a statement of its own so it sees every commit made
// before the lock was granted: the last stored time, bodies already stored under the batch's ids
// (immutability), the stored definitions of its activities (merged in JS), and which of its ids a
// stored voiding statement targets (such a statement is stored voided). One round trip: the simple
// protocol runs several statements in one message but binds no parameters, so the lists are
// written as literals quoted by node-postgres's escapeLiteral.
const beginLocked = (client: pg.PoolClient, ids: string[], activityIds: string[]) => {
  const list = (values: string[]) => (values.length === 0 ? 'NULL' : values.map((v) => client.escapeLiteral(v)).join());
  return `BEGIN;
SELECT pg_advisory_xact_lock(hashtext('statements'));
SELECT max(stored_ms) AS ms FROM statements;
SELECT 'body' AS kind, id, body AS value FROM statements WHERE id IN (${list(ids)})
UNION ALL SELECT 'definition', id, definition FROM activities WHERE id IN (${list(activityIds)})
UNION ALL SELECT 'targeted', target_id, NULL FROM statements WHERE voids AND target_id IN (${list(ids)})`;
};

// The whole batch in one statement, each table filled from arrays (one parameter per column, so
// the text is the same for every batch size). Statements take their `seq` in array order (ORDER BY
// ord); index rows find their statement's `seq` by id. Data-modifying CTEs share one snapshot, so
// the voiding UPDATE reaches statements stored before this batch only; a fresh statement's `voided`
// is decided in JS from the batch and from READ.
const WRITE = `WITH s AS (
  INSERT INTO statements (id, stored_ms, verb_id, registration, target_id, voids, voided, body)
  SELECT t.id, $1::bigint, t.verb_id, t.registration, t.target_id, t.voids, t.voided, t.body
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bool[], $7::bool[], $8::text[])
    WITH ORDINALITY AS t(id, verb_id, registration, target_id, voids, voided, body, ord)
  ORDER BY t.ord
  RETURNING id, seq
), agents AS (
  INSERT INTO statement_agents (agent_key, relation, seq)
  SELECT x.agent_key, x.relation, s.seq FROM unnest($9::text[], $10::text[], $11::text[]) AS x(id, agent_key, relation)
  JOIN s ON s.id = x.id
  ON CONFLICT DO NOTHING
), activity_index AS (
  INSERT INTO statement_activities (activity_id, relation, seq)
  SELECT x.activity_id, x.relation, s.seq FROM unnest($12::text[], $13::text[], $14::text[]) AS x(id, activity_id, relation)
  JOIN s ON s.id = x.id
  ON CONFLICT DO NOTHING
), names AS (
  INSERT INTO agent_names (agent_key, name)
  SELECT * FROM unnest($15::text[], $16::text[])
  ON CONFLICT DO NOTHING
), links AS (
  INSERT INTO statement_attachments (seq, sha2)
  SELECT s.seq, x.sha2 FROM unnest($17::text[], $18::text[]) AS x(id, sha2)
  JOIN s ON s.id = x.id
  ON CONFLICT DO NOTHING
), data AS (
  INSERT INTO attachments (sha2, content_type, content)
  SELECT * FROM unnest($19::text[], $20::text[], $21::bytea[])
  ON CONFLICT DO NOTHING
), definitions AS (
  INSERT INTO activities (id, definition)
  SELECT * FROM unnest($22::text[], $23::text[])
  ON CONFLICT (id) DO UPDATE SET definition = excluded.definition
), voiding AS (
  UPDATE statements SET voided = true WHERE id = ANY($24::text[]) AND voids = false
)
SELECT count(*) AS written FROM s`;

type Value = string | number | boolean | null | Buffer;

/** One value as an SQL literal; text quoted by node-postgres's escapeLiteral. */
const literal = (client: pg.PoolClient, value: Value) => {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Buffer.isBuffer(value)) return `decode('${value.toString('hex')}', 'hex')`;
  return client.escapeLiteral(value);
};

/** A list of values as an SQL array literal of `type`. */
const arrayLiteral = (client: pg.PoolClient, values: Value[], type: string) =>
  `ARRAY[${values.map((v) => literal(client, v)).join()}]::${type}[]`;

// WRITE's parameter types, in order: what its EXECUTE's array literals are cast to.
const WRITE_TYPES = ['text', 'text', 'text', 'text', 'bool', 'bool', 'text'].concat(
  ['text', 'text', 'text'],
  ['text', 'text', 'text'],
  ['text', 'text'],
  ['text', 'text'],
  ['text', 'text', 'bytea'],
  ['text', 'text'],
  ['text'],
);

const WRITE_NAME = 'cohesion_write_statements';

/** Columns of rows as arrays, for unnest: `columns(rows, 3)` gives three arrays. */
const columns = (rows: Value[][], width: number) =>
  Array.from({ length: width }, (_, c) => rows.map((r) => r[c] as Value));

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
 * others in its group are stored; a database error fails every batch of the group (none committed).
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
        for (const p of group) p.reject(error);
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
      const begun = (await client.query(beginLocked(client, ids, activityIds))) as unknown as pg.QueryResult[];
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
      const statements: Value[][] = fresh.map(({ item: { statement, index } }) => [
        statement.id!,
        index.verbId,
        index.registration,
        index.targetId,
        index.voids,
        !index.voids && targeted.has(statement.id!),
        JSON.stringify(bodies.get(statement.id!)),
      ]);
      const agents: Value[][] = fresh.flatMap(({ item: { statement, index } }) =>
        index.agents.map((a) => [statement.id!, a.key, a.relation]),
      );
      const activities: Value[][] = fresh.flatMap(({ item: { statement, index } }) =>
        index.activities.map((a) => [statement.id!, a.id, a.relation]),
      );
      const names: Value[][] = fresh.flatMap(({ item }) => item.index.names.map((n) => [n.key, n.name]));
      // The statement may later serve only the attachment data it arrived with.
      const links: Value[][] = fresh.flatMap(({ item: { statement }, delivered }) =>
        [...new Set((statement.attachments ?? []).map((a) => a.sha2))]
          .filter((sha2) => delivered.has(sha2))
          .map((sha2) => [statement.id!, sha2]),
      );
      const data: Value[][] = group
        .filter((_, i) => results[i]!.kind === 'stored')
        .flatMap((p) => p.attachments.map((a) => [a.sha2, a.contentType, Buffer.from(a.content)]));
      const voidTargets = fresh
        .filter(({ item }) => item.index.voids && item.index.targetId !== null)
        .map(({ item }) => item.index.targetId!);
      const parameters: Value[][] = [
        ...columns(statements, 7),
        ...columns(agents, 3),
        ...columns(activities, 3),
        ...columns(names, 2),
        ...columns(links, 2),
        ...columns(data, 3),
        touched,
        touched.map((id) => JSON.stringify(definitions.get(id))),
        voidTargets,
      ];
      // WRITE is prepared once per connection; the group runs it and commits in one round trip, so
      // the lock is held across two round trips in all.
      if (!prepared.has(client)) {
        await client.query(`PREPARE ${WRITE_NAME} AS ${WRITE}`);
        prepared.add(client);
      }
      const values = parameters.map((column, i) => arrayLiteral(client, column, WRITE_TYPES[i]!));
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
