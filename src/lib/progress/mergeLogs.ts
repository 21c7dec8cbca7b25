import type { LearningStatement } from './statements';

/**
 * The union of statement logs by statement id, in timestamp order. Statements are immutable, so
 * the first copy of an id is kept; merging is idempotent, commutative and associative.
 */
export function mergeLogs(...logs: ReadonlyArray<readonly LearningStatement[]>): LearningStatement[] {
  const byId = new Map<string, LearningStatement>();
  for (const log of logs) for (const s of log) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()].sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
}
