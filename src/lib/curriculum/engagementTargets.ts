import type { Curriculum } from './curriculum';
import type { CompetencyLevel } from './idSchema';

/**
 * The level every learner is expected to reach, per competency: the highest level any engagement
 * model asks for, whatever the order of the models. A curriculum without a model takes the highest
 * level any path builds, and without paths the highest level any module develops. Listed in the
 * order authors first name each competency. The one rule the planner's default target, the
 * coverage matrix and the model page share.
 */
export function engagementTargets(
  curriculum: Pick<Curriculum, 'models'> & Partial<Pick<Curriculum, 'paths' | 'modules'>>,
): CompetencyLevel[] {
  const { models, paths = [], modules = [] } = curriculum;
  const sources =
    models.length > 0
      ? models.flatMap((m) => m.defaultTargets)
      : paths.length > 0
        ? paths.flatMap((p) => p.builds)
        : modules.flatMap((m) => m.develops);
  const highest = new Map<string, number>();
  for (const { competency, level } of sources) {
    highest.set(competency, Math.max(highest.get(competency) ?? 0, level));
  }
  return [...highest].map(([competency, level]) => ({ competency, level }));
}
