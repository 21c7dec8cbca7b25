import type { LearningStatement } from './statements';

/**
 * The statements of `incoming` to add to a log that holds the ids `stored`: the first copy of each
 * id not stored yet, in the order given. Statements are immutable, so a later copy of an id (or a
 * rewritten one) is never taken.
 */
export function notYetStored<T extends { id: string }>(incoming: readonly T[], stored: ReadonlySet<string>): T[] {
  const seen = new Set(stored);
  return incoming.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/**
 * The union of statement logs by statement id, in timestamp order. Statements are immutable, so
 * the first copy of an id is kept; merging is idempotent, commutative and associative.
 */
export function mergeLogs(...logs: ReadonlyArray<readonly LearningStatement[]>): LearningStatement[] {
  return notYetStored(logs.flat(), new Set()).sort(
    (a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id),
  );
}
