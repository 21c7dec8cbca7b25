import type { StatementFilter } from './repository.ts';

type Params = (string | number)[];
interface Conditions {
  sql: string[];
  params: Params;
}

const relation = (related: boolean) => (related ? "relation IN ('direct', 'related')" : "relation = 'direct'");

/**
 * The filter's own conditions (agent, activity, verb, registration) on the statement aliased `s`:
 * `lookup` tests one statement at a time (for a stream another index leads); `set` lets the
 * database start from the index entries of the agent or activity.
 */
function filterConditions(filter: StatementFilter, s: string, skipAgent: boolean, form: 'lookup' | 'set'): Conditions {
  const sql: string[] = [];
  const params: Params = [];
  const indexed = (table: string, column: string, related: boolean) =>
    form === 'lookup'
      ? `EXISTS (SELECT 1 FROM ${table} x WHERE x.${column} = ? AND x.${relation(related)} AND x.seq = ${s}.seq)`
      : `${s}.seq IN (SELECT seq FROM ${table} WHERE ${column} = ? AND ${relation(related)})`;
  if (filter.agentKey !== undefined && !skipAgent) {
    sql.push(indexed('statement_agents', 'agent_key', filter.relatedAgents));
    params.push(filter.agentKey);
  }
  if (filter.activityId !== undefined) {
    sql.push(indexed('statement_activities', 'activity_id', filter.relatedActivities));
    params.push(filter.activityId);
  }
  if (filter.verbId !== undefined) {
    sql.push(`${s}.verb_id = ?`);
    params.push(filter.verbId);
  }
  if (filter.registration !== undefined) {
    sql.push(`${s}.registration = ?`);
    params.push(filter.registration);
  }
  return { sql, params };
}

/** What every returned statement satisfies: not voided, readable by the owner, in the time window, after the cursor. */
function pageConditions(filter: StatementFilter, s: string, skipOwner: boolean): Conditions {
  const sql = [`${s}.voided = FALSE`];
  const params: Params = [];
  if (filter.ownerKey !== undefined && !skipOwner) {
    sql.push(
      `EXISTS (SELECT 1 FROM statement_agents o WHERE o.agent_key = ? AND o.relation = 'direct' AND o.seq = ${s}.seq)`,
    );
    params.push(filter.ownerKey);
  }
  // `seq` order is `stored` order (writers are serialised), so the time window is also a seq range
  // found in the stored index: a page after `since` starts there instead of walking the history.
  if (filter.sinceMs !== undefined) {
    sql.push(
      `${s}.stored_ms > ?`,
      `${s}.seq > COALESCE((SELECT w.seq FROM statements w WHERE w.stored_ms <= ? ORDER BY w.stored_ms DESC, w.seq DESC LIMIT 1), 0)`,
    );
    params.push(filter.sinceMs, filter.sinceMs);
  }
  if (filter.untilMs !== undefined) {
    sql.push(
      `${s}.stored_ms <= ?`,
      `${s}.seq <= COALESCE((SELECT w.seq FROM statements w WHERE w.stored_ms <= ? ORDER BY w.stored_ms DESC, w.seq DESC LIMIT 1), 0)`,
    );
    params.push(filter.untilMs, filter.untilMs);
  }
  if (filter.after !== undefined) {
    sql.push(filter.ascending ? `${s}.seq > ?` : `${s}.seq < ?`);
    params.push(filter.after);
  }
  return { sql, params };
}

/**
 * Builds the SQL for a statement query, shared by both dialects (`?` placeholders; PostgreSQL's
 * adapter numbers them). The page is the union of two streams, each read in `seq` order and cut at
 * the page size: the statements matching the filter, and the statements that target them through
 * StatementRefs, recursively (spec: Filter Conditions for StatementRefs). Voided statements can be
 * targets but are never returned. When the query names one agent directly (the sync pull, or any
 * learner's query) the first stream walks that agent's index entries in `seq` order, so a page
 * costs the page, not the agent's whole history; the second costs the StatementRef statements only.
 */
export function statementQuerySql(filter: StatementFilter): { sql: string; params: Params } {
  const order = filter.ascending ? 'ASC' : 'DESC';
  const limit = filter.limit + 1;
  const agentDrives = filter.agentKey !== undefined && !filter.relatedAgents;
  const driver = agentDrives ? filter.agentKey : filter.ownerKey;
  const own = filterConditions(filter, 's', agentDrives, driver === undefined ? 'set' : 'lookup');
  const page = pageConditions(filter, 's', !agentDrives && driver !== undefined);

  let matching: string;
  const params: Params = [];
  if (driver !== undefined) {
    // CROSS JOIN keeps SQLite from reordering: the agent's (agent_key, relation, seq) index leads.
    matching = `SELECT s.seq AS seq, s.body AS body FROM statement_agents d CROSS JOIN statements s
      WHERE d.agent_key = ? AND d.relation = 'direct' AND s.seq = d.seq AND ${[...own.sql, ...page.sql].join(' AND ')}
      ORDER BY d.seq ${order} LIMIT ?`;
    params.push(driver, ...own.params, ...page.params, limit);
  } else {
    matching = `SELECT s.seq AS seq, s.body AS body FROM statements s WHERE ${[...own.sql, ...page.sql].join(' AND ')}
      ORDER BY s.seq ${order} LIMIT ?`;
    params.push(...own.params, ...page.params, limit);
  }

  const target = filterConditions(filter, 'm', false, 'lookup');
  if (target.sql.length === 0) return { sql: matching, params };

  const refPage = pageConditions(filter, 's', false);
  const sql = `WITH RECURSIVE refs(id) AS (
      SELECT t.id FROM statements t CROSS JOIN statements m
        WHERE t.target_id IS NOT NULL AND m.id = t.target_id AND ${target.sql.join(' AND ')}
      UNION
      SELECT t.id FROM refs r CROSS JOIN statements t WHERE t.target_id = r.id
    )
    SELECT seq, body FROM (
      SELECT * FROM (${matching}) AS matching
      UNION
      SELECT * FROM (SELECT s.seq AS seq, s.body AS body FROM refs r CROSS JOIN statements s
        WHERE s.id = r.id AND ${refPage.sql.join(' AND ')} ORDER BY s.seq ${order} LIMIT ?) AS referring
    ) AS page ORDER BY seq ${order} LIMIT ?`;
  return { sql, params: [...target.params, ...params, ...refPage.params, limit, limit] };
}
