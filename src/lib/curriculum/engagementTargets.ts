import type { Curriculum } from './curriculum';
import type { CompetencyLevel } from './idSchema';

/**
 * The level every customer-facing person is expected to reach, per competency: the highest level
 * any engagement model asks for, whatever the order of the models. Listed in the order authors
 * first name each competency (models in the order given). The one rule the planner's "engagement
 * model" target, the coverage matrix and the model page share.
 */
export function engagementTargets(curriculum: Pick<Curriculum, 'models'>): CompetencyLevel[] {
  const highest = new Map<string, number>();
  for (const { competency, level } of curriculum.models.flatMap((m) => m.defaultTargets)) {
    highest.set(competency, Math.max(highest.get(competency) ?? 0, level));
  }
  return [...highest].map(([competency, level]) => ({ competency, level }));
}
