import type { Translate } from '../i18n/createTranslator';
import type { JourneyTarget } from './planJourney';
import type { PlannerCurriculum } from './plannerCurriculum';

/** The messages that name a journey's target. */
export type TargetMessage =
  | 'journeyView.target.model'
  | 'journeyView.target.default'
  | 'journeyView.target.path'
  | 'journeyView.target.competency';

/** A journey's target in words: the model (named when the curriculum has one), a path, or a competency at a level. */
export function describeTarget(
  target: JourneyTarget,
  curriculum: Pick<PlannerCurriculum, 'paths' | 'competencies'>,
  t: Translate<TargetMessage>,
  hasModel: boolean,
): string {
  if (target.kind === 'model') return t(hasModel ? 'journeyView.target.model' : 'journeyView.target.default');
  if (target.kind === 'path')
    return t('journeyView.target.path', {
      path: curriculum.paths.find((p) => p.id === target.pathId)?.title ?? target.pathId,
    });
  return t('journeyView.target.competency', {
    competency: curriculum.competencies.find((c) => c.id === target.competency)?.name ?? target.competency,
    level: target.level,
  });
}
