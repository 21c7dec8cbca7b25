import type { ModuleStatus } from '../progress/deriveProgress';

/** What a search result says about the learner, as codes the page words in its locale. */
export interface HitStatus {
  /** Done, tested out or in progress; absent for a module not started. */
  status?: Exclude<ModuleStatus, 'not-started'>;
  inJourney: boolean;
}

/**
 * What a search result says about the learner: whether the module is done, tested out or in
 * progress, and whether it is in their journey; undefined for a module they have not touched and do not plan.
 */
export function hitStatus(status: ModuleStatus, inJourney: boolean): HitStatus | undefined {
  if (status === 'not-started') return inJourney ? { inJourney } : undefined;
  return { status, inJourney };
}
