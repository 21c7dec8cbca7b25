import type { Translate } from '../i18n/createTranslator';
import type { JourneyStep } from './planJourney';
import type { PlannerCurriculum } from './plannerCurriculum';

/** Why a step is in the journey: the gaps it closes ("Mapping 0 → 1"), else the modules it is needed before. */
export function describeStep(
  step: JourneyStep,
  curriculum: Pick<PlannerCurriculum, 'modules' | 'competencies'>,
  t: Translate<'journeyView.neededBefore'>,
): string {
  if (step.reasons.length > 0) {
    const names = new Map(curriculum.competencies.map((c) => [c.id, c.name]));
    return step.reasons.map((r) => `${names.get(r.competency) ?? r.competency} ${r.from} → ${r.to}`).join('; ');
  }
  const titles = new Map(curriculum.modules.map((m) => [m.id, m.title]));
  return t('journeyView.neededBefore', {
    modules: step.prerequisiteFor.map((id) => titles.get(id) ?? id).join(', '),
  });
}
