import { loadStatements } from '../db/events';
import { loadJourneySnapshot } from '../db/journeySnapshot';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import type { Journey } from '../lib/journey/planJourney';
import { deriveProgress, type ModuleStatus } from '../lib/progress/deriveProgress';
import { factsOfProgress, moduleStatus } from '../lib/progress/moduleStatus';

/** Each module's status for this learner and the modules of their journey, read from this browser. */
export async function loadLearnerStatus(): Promise<{
  status: (id: string) => ModuleStatus;
  inJourney: (id: string) => boolean;
}> {
  const [statements, snapshot] = await Promise.all([loadStatements(), loadJourneySnapshot()]);
  const facts = factsOfProgress(deriveProgress(statements));
  const journey = (snapshot as { context?: { journey?: Journey | null } } | undefined)?.context?.journey ?? null;
  const planned = new Set(journeyModuleIds(journey));
  return { status: (id) => moduleStatus(id, facts), inJourney: (id) => planned.has(id) };
}
