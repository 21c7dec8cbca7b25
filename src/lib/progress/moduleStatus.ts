import type { ModuleStatus } from './deriveProgress.ts';

/** What is known of a learner's modules, from the journey or from the event log. */
export interface ModuleFacts {
  completed: readonly string[];
  testedOut: readonly string[];
  /** Modules with at least one knowledge check answered (passed or failed). */
  started: readonly string[];
}

/** A module's status: completed outranks tested out, which outranks in progress. */
export function moduleStatus(moduleId: string, facts: ModuleFacts): ModuleStatus {
  if (facts.completed.includes(moduleId)) return 'completed';
  if (facts.testedOut.includes(moduleId)) return 'tested-out';
  if (facts.started.includes(moduleId)) return 'in-progress';
  return 'not-started';
}

/** Whether a status counts as done for a journey or a path (completed or tested out). */
export function isDone(status: ModuleStatus): boolean {
  return status === 'completed' || status === 'tested-out';
}

/**
 * The module to continue with: the first of the plan, in plan order, that is not done. Opening a
 * later module (from search, say) does not change it, so unfinished prerequisites are never skipped.
 */
export function nextModule(planIds: readonly string[], facts: ModuleFacts): string | undefined {
  return planIds.find((id) => !isDone(moduleStatus(id, facts)));
}

/** ModuleFacts from a journey's context (passed checks and failures, counted per `module/check`, count as started). */
export function factsOfJourney(context: {
  completed: readonly string[];
  testedOut: readonly string[];
  passedChecks: Record<string, readonly string[]>;
  failures: Record<string, number>;
}): ModuleFacts {
  const started = [
    ...Object.entries(context.passedChecks)
      .filter(([, ids]) => ids.length > 0)
      .map(([id]) => id),
    ...Object.entries(context.failures)
      .filter(([, n]) => n > 0)
      .map(([key]) => key.split('/')[0]!),
  ];
  return { completed: context.completed, testedOut: context.testedOut, started };
}

/** ModuleFacts from progress derived from the event log (any recorded activity counts as started). */
export function factsOfProgress(progress: { modules: Record<string, { status: ModuleStatus }> }): ModuleFacts {
  const having = (status: ModuleStatus) =>
    Object.entries(progress.modules)
      .filter(([, m]) => m.status === status)
      .map(([id]) => id);
  return { completed: having('completed'), testedOut: having('tested-out'), started: having('in-progress') };
}
