import type { Journey } from './planJourney';

/**
 * The competencies a journey worked on (those its modules raise a level of), in id order; null
 * when it worked on none, so a reassessment then asks about every competency.
 */
export function coveredCompetencies(journey: Journey | null): string[] | null {
  const ids = [
    ...new Set(journey?.stages.flatMap((s) => s.steps.flatMap((step) => step.reasons.map((r) => r.competency))) ?? []),
  ].sort();
  return ids.length > 0 ? ids : null;
}
