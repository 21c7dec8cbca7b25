import { type RawBuilder, sql } from 'kysely';
import { PREPARED } from './preparedStatements.ts';
import type { StatementFilter } from './repository.ts';

type Sql = RawBuilder<unknown>;
const prepared = sql.raw(PREPARED);
const and = (conditions: Sql[]) => sql.join(conditions, sql` AND `);

const relation = (related: boolean) => sql.raw(related ? "relation IN ('direct', 'related')" : "relation = 'direct'");

/**
 * The filter's own conditions (agent, activity, verb, registration) on the statement aliased `s`:
 * `lookup` tests one statement at a time (for a stream another index leads); `set` lets the
 * database start from the index entries of the agent or activity.
 */
function filterConditions(filter: StatementFilter, alias: string, skipAgent: boolean, form: 'lookup' | 'set'): Sql[] {
  const s = sql.raw(alias);
  const indexed = (table: string, column: string, related: boolean, value: string) =>
    form === 'lookup'
      ? sql`EXISTS (SELECT 1 FROM ${sql.raw(table)} x WHERE x.${sql.raw(column)} = ${value} AND x.${relation(related)} AND x.seq = ${s}.seq)`
      : sql`${s}.seq IN (SELECT seq FROM ${sql.raw(table)} WHERE ${sql.raw(column)} = ${value} AND ${relation(related)})`;
  const conditions: Sql[] = [];
  if (filter.agentKey !== undefined && !skipAgent)
    conditions.push(indexed('statement_agents', 'agent_key', filter.relatedAgents, filter.agentKey));
  if (filter.activityId !== undefined)
    conditions.push(indexed('statement_activities', 'activity_id', filter.relatedActivities, filter.activityId));
  if (filter.verbId !== undefined) conditions.push(sql`${s}.verb_id = ${filter.verbId}`);
  if (filter.registration !== undefined) conditions.push(sql`${s}.registration = ${filter.registration}`);
  return conditions;
}

/** What every returned statement satisfies: not voided, readable by the owner, in the time window, after the cursor. */
function pageConditions(filter: StatementFilter, alias: string, skipOwner: boolean): Sql[] {
  const s = sql.raw(alias);
  const conditions = [sql`${s}.voided = FALSE`];
  if (filter.ownerKey !== undefined && !skipOwner)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM statement_agents o WHERE o.agent_key = ${filter.ownerKey} AND o.relation = 'direct' AND o.seq = ${s}.seq)`,
    );
  // `seq` order is `stored` order (writers are serialised), so the time window is also a seq range
  // found in the stored index: a page after `since` starts there instead of walking the history.
  const lastSeqAt = (ms: number) =>
    sql`COALESCE((SELECT w.seq FROM statements w WHERE w.stored_ms <= ${ms} ORDER BY w.stored_ms DESC, w.seq DESC LIMIT 1), 0)`;
  if (filter.sinceMs !== undefined)
    conditions.push(sql`${s}.stored_ms > ${filter.sinceMs}`, sql`${s}.seq > ${lastSeqAt(filter.sinceMs)}`);
  if (filter.untilMs !== undefined)
    conditions.push(sql`${s}.stored_ms <= ${filter.untilMs}`, sql`${s}.seq <= ${lastSeqAt(filter.untilMs)}`);
  if (filter.after !== undefined)
    conditions.push(filter.ascending ? sql`${s}.seq > ${filter.after}` : sql`${s}.seq < ${filter.after}`);
  return conditions;
}

/**
 * The statement query for a filter, one text for both dialects (Kysely binds the values in each
 * dialect's placeholder style). The page is the union of two streams, each read in `seq` order and
 * cut at the page size: the statements matching the filter, and the statements that target them
 * through StatementRefs, recursively (spec: Filter Conditions for StatementRefs). Voided statements
 * can be targets but are never returned. When the query names one agent directly (the sync pull,
 * or any learner's query) the first stream walks that agent's index entries in `seq` order, so a
 * page costs the page, not the agent's whole history; the second costs the StatementRef statements only.
 * Rows: up to `limit + 1`, so the caller knows whether there is a next page. Marked PREPARED: the
 * shapes are few and planning the recursive query cost PostgreSQL more than running it.
 */
export function statementQuery(filter: StatementFilter): RawBuilder<{ seq: number; body: string }> {
  const order = sql.raw(filter.ascending ? 'ASC' : 'DESC');
  const limit = filter.limit + 1;
  const agentDrives = filter.agentKey !== undefined && !filter.relatedAgents;
  const driver = agentDrives ? filter.agentKey : filter.ownerKey;
  const conditions = and([
    ...filterConditions(filter, 's', agentDrives, driver === undefined ? 'set' : 'lookup'),
    ...pageConditions(filter, 's', !agentDrives && driver !== undefined),
  ]);
  const matching =
    driver !== undefined
      ? // CROSS JOIN keeps SQLite from reordering: the agent's (agent_key, relation, seq) index leads.
        sql`SELECT s.seq AS seq, s.body AS body FROM statement_agents d CROSS JOIN statements s
          WHERE d.agent_key = ${driver} AND d.relation = 'direct' AND s.seq = d.seq AND ${conditions}
          ORDER BY d.seq ${order} LIMIT ${limit}`
      : sql`SELECT s.seq AS seq, s.body AS body FROM statements s WHERE ${conditions}
          ORDER BY s.seq ${order} LIMIT ${limit}`;

  const target = filterConditions(filter, 'm', false, 'lookup');
  if (target.length === 0) return sql`${prepared}${matching}` as RawBuilder<{ seq: number; body: string }>;

  return sql`${prepared}WITH RECURSIVE refs(id) AS (
      SELECT t.id FROM statements t CROSS JOIN statements m
        WHERE t.target_id IS NOT NULL AND m.id = t.target_id AND ${and(target)}
      UNION
      SELECT t.id FROM refs r CROSS JOIN statements t WHERE t.target_id = r.id
    )
    SELECT seq, body FROM (
      SELECT * FROM (${matching}) AS matching
      UNION
      SELECT * FROM (SELECT s.seq AS seq, s.body AS body FROM refs r CROSS JOIN statements s
        WHERE s.id = r.id AND ${and(pageConditions(filter, 's', false))} ORDER BY s.seq ${order} LIMIT ${limit}) AS referring
    ) AS page ORDER BY seq ${order} LIMIT ${limit}`;
}
