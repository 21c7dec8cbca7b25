import { loadJourneyRecord } from '../db/journeySnapshot';
import { assessmentQueue } from '../lib/assessment/assessmentQueue';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { factsOfJourney, nextModule } from '../lib/progress/moduleStatus';

/**
 * "Continue where you left off" on the home page, read from the stored journey as a journey record
 * (no state machine needed): the self-assessment question reached, or the first module of the
 * plan not yet done (`nextModule`).
 */
export async function bindContinue(box: HTMLElement): Promise<void> {
  const record = await loadJourneyRecord();
  if (!record) return;
  const { stage, assessment, plan, planned, progress } = record;
  const link = box.querySelector('a')!;
  if (stage === 'choosingRegion' || stage === 'assessing' || stage === 'reassessing') {
    link.href = '/assessment/';
    const { assessment: banks } = (await fetch('/curriculum.json').then((r) => r.json())) as PlannerCurriculum;
    const { position } = assessmentQueue({
      banks,
      answers: assessment.answers,
      scope: assessment.scope,
    }).position(assessment.cursor);
    link.textContent = `Continue your self-assessment (question ${position})`;
  } else if (stage === 'planned' || stage === 'learning') {
    // The plan decides what comes next, not the module opened last (which may be a later one).
    const id = nextModule(journeyModuleIds(plan), factsOfJourney(progress));
    link.href = id ? `/modules/${id}/` : '/journey/';
    link.textContent = id && planned[id] ? `Continue: ${planned[id].title}` : 'Continue your journey';
  } else if (stage === 'reassessmentOffered' || stage === 'completed') {
    link.href = '/journey/';
    link.textContent = 'See your finished journey';
  } else {
    return;
  }
  box.hidden = false;
}
