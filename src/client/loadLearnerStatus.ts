import { loadStatements } from '../db/events';
import { loadJourneyRecord } from '../db/journeySnapshot';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import { deriveProgress, type ModuleStatus } from '../lib/progress/deriveProgress';
import { factsOfProgress, moduleStatus } from '../lib/progress/moduleStatus';
import { replayEarlierWrites } from './replayEarlierWrites';

/** Each module's status for this learner and the modules of their journey, read from this browser. */
export async function loadLearnerStatus(): Promise<{
  status: (id: string) => ModuleStatus;
  inJourney: (id: string) => boolean;
}> {
  await replayEarlierWrites(); // what the page before left unwritten counts too
  const [statements, journey] = await Promise.all([loadStatements(), loadJourneyRecord()]);
  const facts = factsOfProgress(deriveProgress(statements));
  const planned = new Set(journeyModuleIds(journey?.plan ?? null));
  return { status: (id) => moduleStatus(id, facts), inJourney: (id) => planned.has(id) };
}
