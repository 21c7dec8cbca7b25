import type { ModuleStatus } from '../progress/deriveProgress';
import { MODULE_STATUS_LABELS } from '../progress/moduleStatus';

// The same labels as every other page; a module not started says nothing here.
const DONE: Partial<Record<ModuleStatus, string>> = { ...MODULE_STATUS_LABELS, 'not-started': undefined };

/**
 * What a search result says about the learner: "Done", "Tested out", "In progress", and whether
 * the module is in their journey; undefined for a module they have not touched and do not plan.
 */
export function hitStatus(status: ModuleStatus, inJourney: boolean): string | undefined {
  const parts = [DONE[status], inJourney ? (DONE[status] ? 'in your journey' : 'In your journey') : undefined].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
