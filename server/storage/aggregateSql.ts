/** Agents of statements with `seq` in (?, ?] and of the statements those void (params: from, to, from, to). Shared by both dialects. */
export const CHANGED_AGENTS_SQL = `
  SELECT agent_key FROM statement_agents WHERE relation = 'direct' AND seq > ? AND seq <= ?
  UNION
  SELECT sa.agent_key FROM statements v
    JOIN statements t ON t.id = v.target_id
    JOIN statement_agents sa ON sa.seq = t.seq AND sa.relation = 'direct'
  WHERE v.voids = TRUE AND v.seq > ? AND v.seq <= ?`;

/** A page of an agent's direct, not voided statements after a seq (params: agent key, after, limit + 1). */
export const AGENT_STATEMENTS_SQL = `
  SELECT s.seq AS seq, s.body AS body FROM statement_agents a JOIN statements s ON s.seq = a.seq
  WHERE a.agent_key = ? AND a.relation = 'direct' AND a.seq > ? AND s.voided = FALSE ORDER BY a.seq LIMIT ?`;

/** Upserts one aggregate (params: kind, key, value). */
export const UPSERT_AGGREGATE_SQL =
  'INSERT INTO aggregates (kind, key, value) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value';

/** A set of listeners told after each commit of new statements. */
export function storedListeners() {
  const listeners = new Set<() => void>();
  return {
    add(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
