import { liveStatements } from './liveStatements.ts';
import type { LearningStatement } from './statements.ts';
import { ACTIVITY_PATTERNS, EXTENSIONS, VERBS } from './xapiIds.ts';

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed' | 'tested-out';

export interface ModuleProgress {
  status: ModuleStatus;
  /** Knowledge checks passed at least once. */
  passedChecks: string[];
  failedAttempts: number;
  lastActivity: string;
}

/** Progress derived from the learning-event log: the log is the record, this is a view of it. */
export interface Progress {
  modules: Record<string, ModuleProgress>;
  /** The latest self-assessment answer per item: option index and the level it is anchored to. */
  assessment: Record<string, { option: number; level: number; at: string }>;
  events: number;
}

const { module: MODULE, check: CHECK, assessmentItem: ITEM } = ACTIVITY_PATTERNS;
const rank: Record<ModuleStatus, number> = { 'not-started': 0, 'in-progress': 1, 'tested-out': 2, completed: 3 };

/**
 * Folds a statement log into progress. Order-independent (statements are sorted by timestamp,
 * then id), so the union of two devices' logs gives the same progress on both. Voided statements
 * are ignored, and so is a malformed entry (no verb, object or timestamp): one bad statement never
 * stops progress from being read. Completed outranks tested out, which outranks in progress.
 */
export function deriveProgress(entries: readonly LearningStatement[]): Progress {
  const sorted = liveStatements(entries);
  const modules: Record<string, ModuleProgress> = {};
  const assessment: Progress['assessment'] = {};
  const moduleOf = (id: string) =>
    (modules[id] ??= { status: 'not-started', passedChecks: [], failedAttempts: 0, lastActivity: '' });
  const raise = (m: ModuleProgress, status: ModuleStatus) => {
    if (rank[status] > rank[m.status]) m.status = status;
  };

  for (const s of sorted) {
    const objectId = 'id' in s.object ? String(s.object.id) : '';
    const check = CHECK.exec(objectId);
    const module = MODULE.exec(objectId);
    const item = ITEM.exec(objectId);
    if (check && s.verb.id === VERBS.answered.id) {
      const m = moduleOf(check[1]!);
      m.lastActivity = s.timestamp;
      raise(m, 'in-progress');
      if (s.result?.success) {
        if (!m.passedChecks.includes(check[2]!)) m.passedChecks.push(check[2]!);
      } else m.failedAttempts += 1;
    } else if (module) {
      const m = moduleOf(module[1]!);
      m.lastActivity = s.timestamp;
      const testOut = s.result?.extensions?.[EXTENSIONS.testOut] === true;
      if (s.verb.id === VERBS.completed.id) raise(m, 'completed');
      else if (s.verb.id === VERBS.passed.id && testOut) raise(m, 'tested-out');
      else raise(m, 'in-progress');
    } else if (item && s.verb.id === VERBS.answered.id) {
      const level = Number(s.result?.extensions?.[EXTENSIONS.level]);
      const option = Number(s.result?.response);
      if (Number.isFinite(level) && Number.isFinite(option)) assessment[item[1]!] = { option, level, at: s.timestamp };
    }
  }
  for (const m of Object.values(modules)) m.passedChecks.sort();
  return { modules, assessment, events: sorted.length };
}

/** Modules done for the journey: completed or tested out. */
export function doneModules(progress: Progress): string[] {
  return Object.entries(progress.modules)
    .filter(([, m]) => m.status === 'completed' || m.status === 'tested-out')
    .map(([id]) => id)
    .sort();
}

/**
 * The level reached per competency through learning: the highest level developed by a module
 * completed or tested out.
 */
export function competencyLevelsReached(
  progress: Progress,
  modules: ReadonlyArray<{ id: string; develops: ReadonlyArray<{ competency: string; level: number }> }>,
): Record<string, number> {
  const done = new Set(doneModules(progress));
  const levels: Record<string, number> = {};
  for (const m of modules) {
    if (!done.has(m.id)) continue;
    for (const d of m.develops) levels[d.competency] = Math.max(levels[d.competency] ?? 0, d.level);
  }
  return levels;
}
