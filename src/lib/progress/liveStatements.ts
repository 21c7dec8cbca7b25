import type { LearningStatement } from './statements.ts';
import { VERBS } from './xapiIds.ts';

/**
 * Whether a log entry has what progress is read from. A cheap check (this runs over whole logs on
 * every page and on the server): full validation happens where statements enter the log.
 */
const readable = (s: LearningStatement | null | undefined): s is LearningStatement =>
  typeof s?.id === 'string' &&
  typeof s.timestamp === 'string' &&
  typeof s.verb?.id === 'string' &&
  typeof s.object === 'object' &&
  s.object !== null &&
  typeof (s.object as { id?: unknown }).id === 'string';

/**
 * The statements of a log that still count, in timestamp order (ties by id, so every device reads
 * the same order): malformed entries, voided statements and the voiding statements themselves left out.
 */
export function liveStatements(entries: readonly LearningStatement[]): LearningStatement[] {
  const log = entries.filter(readable);
  const voided = new Set<string>();
  for (const s of log) {
    if (s.verb.id === VERBS.voided.id && s.object.objectType === 'StatementRef') voided.add(s.object.id);
  }
  return log
    .filter((s) => !voided.has(s.id) && s.verb.id !== VERBS.voided.id)
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
}
