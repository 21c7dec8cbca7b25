import type { ModuleStatus } from '../progress/deriveProgress';

const DONE: Partial<Record<ModuleStatus, string>> = { completed: 'Done', 'tested-out': 'Tested out', 'in-progress': 'In progress' };

/**
 * What a search result says about the learner: "Done", "Tested out", "In progress", and whether
 * the module is in their journey; undefined for a module they have not touched and do not plan.
 */
export function hitStatus(status: ModuleStatus, inJourney: boolean): string | undefined {
  const parts = [DONE[status], inJourney ? (DONE[status] ? 'in your journey' : 'In your journey') : undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
