import type { JourneyTarget } from '../lib/journey/planJourney';
import { getJourney } from './journeyActor';

/**
 * "Start this path": makes the learning path the journey's target (re-planning the journey, or
 * planning it from level 0 before any self-assessment), waits until the plan is saved, then opens
 * the journey. Resolves false when the journey cannot take a new target now (mid-assessment).
 */
export async function startPath(pathId: string): Promise<boolean> {
  const { actor } = await getJourney();
  const event = { type: 'target.change', target: { kind: 'path', pathId } satisfies JourneyTarget } as const;
  if (!actor.getSnapshot().can(event)) return false;
  actor.send(event);
  // The actor saves every transition without waiting; wait for this one, as the journey page opens next.
  await actor.save();
  return true;
}
