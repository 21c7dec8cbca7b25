import type { Journey } from './planJourney';

/**
 * The modules of a journey, in order. Kept apart from the machine so pages can read a journey
 * without loading XState.
 */
export function journeyModuleIds(journey: Journey | null): string[] {
  return journey?.stages.flatMap((s) => s.steps.map((step) => step.moduleId)) ?? [];
}
