import type { StatementFilter } from './repository.ts';

/**
 * Builds the SQL for a statement query, shared by both dialects (`?` placeholders; PostgreSQL's
 * adapter numbers them). Non-time filters select the matching statements, then a recursive step adds
 * the statements that target them through StatementRefs (spec: Filter Conditions for StatementRefs);
 * voided statements can be targets but are never returned; time and paging apply to the result.
 */
export function statementQuerySql(filter: StatementFilter): { sql: string; params: (string | number)[] } {
  const base: string[] = [];
  const baseParams: (string | number)[] = [];
  if (filter.agentKey !== undefined) {
    base.push(`seq IN (SELECT seq FROM statement_agents WHERE agent_key = ?${filter.relatedAgents ? '' : " AND relation = 'direct'"})`);
    baseParams.push(filter.agentKey);
  }
  if (filter.activityId !== undefined) {
    base.push(`seq IN (SELECT seq FROM statement_activities WHERE activity_id = ?${filter.relatedActivities ? '' : " AND relation = 'direct'"})`);
    baseParams.push(filter.activityId);
  }
  if (filter.verbId !== undefined) {
    base.push('verb_id = ?');
    baseParams.push(filter.verbId);
  }
  if (filter.registration !== undefined) {
    base.push('registration = ?');
    baseParams.push(filter.registration);
  }

  const outer: string[] = ['s.voided = FALSE'];
  const outerParams: (string | number)[] = [];
  let prefix = '';
  if (base.length > 0) {
    prefix = `WITH RECURSIVE matched(id) AS (
      SELECT id FROM statements WHERE ${base.join(' AND ')}
      UNION
      SELECT t.id FROM statements t JOIN matched m ON t.target_id = m.id
    ) `;
    outer.push('s.id IN (SELECT id FROM matched)');
  }
  if (filter.ownerKey !== undefined) {
    outer.push("s.seq IN (SELECT seq FROM statement_agents WHERE agent_key = ? AND relation = 'direct')");
    outerParams.push(filter.ownerKey);
  }
  if (filter.sinceMs !== undefined) {
    outer.push('s.stored_ms > ?');
    outerParams.push(filter.sinceMs);
  }
  if (filter.untilMs !== undefined) {
    outer.push('s.stored_ms <= ?');
    outerParams.push(filter.untilMs);
  }
  if (filter.after !== undefined) {
    outer.push(filter.ascending ? 's.seq > ?' : 's.seq < ?');
    outerParams.push(filter.after);
  }
  const sql = `${prefix}SELECT s.seq AS seq, s.body AS body FROM statements s WHERE ${outer.join(' AND ')}
    ORDER BY s.seq ${filter.ascending ? 'ASC' : 'DESC'} LIMIT ?`;
  return { sql, params: [...baseParams, ...outerParams, filter.limit + 1] };
}
