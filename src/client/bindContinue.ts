import { loadJourneySnapshot } from '../db/journeySnapshot';
import { assessmentQueue } from '../lib/assessment/assessmentQueue';
import type { JourneyContext } from '../lib/journey/journeyMachine';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { factsOfJourney, nextModule } from '../lib/progress/moduleStatus';

/**
 * "Continue where you left off" on the home page, read straight from the stored journey snapshot
 * (no state machine needed): the self-assessment question reached, or the first module of the
 * plan not yet done (`nextModule`).
 */
export async function bindContinue(box: HTMLElement): Promise<void> {
  const snapshot = (await loadJourneySnapshot()) as { value: unknown; context: JourneyContext } | undefined;
  if (!snapshot) return;
  const state = typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value as object)[0];
  const { context } = snapshot;
  const link = box.querySelector('a')!;
  if (state === 'assessing' || state === 'reassessing') {
    link.href = '/assessment/';
    const { assessment } = (await fetch('/curriculum.json').then((r) => r.json())) as PlannerCurriculum;
    const { position } = assessmentQueue({
      banks: assessment,
      answers: context.answers,
      scope: context.scope ?? null,
    }).position(context.cursor);
    link.textContent = `Continue your self-assessment (question ${position})`;
  } else if (state === 'planned' || state === 'learning') {
    // The plan decides what comes next, not the module opened last (which may be a later one).
    const id = nextModule(journeyModuleIds(context.journey), factsOfJourney(context));
    link.href = id ? `/modules/${id}/` : '/journey/';
    link.textContent = id && context.planned[id] ? `Continue: ${context.planned[id].title}` : 'Continue your journey';
  } else if (state === 'reassessmentOffered' || state === 'completed') {
    link.href = '/journey/';
    link.textContent = 'See your finished journey';
  } else {
    return;
  }
  box.hidden = false;
}
