import { mayHoldDatabase } from '../db/databaseName';
import { assessmentQueue } from '../lib/assessment/assessmentQueue';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { factsOfJourney, nextModule } from '../lib/progress/moduleStatus';
import { clientMessages } from './clientMessages';
import { pageBase } from './pageBase';

/** What the home page's "Continue" link may say; the home page ships them (`<ClientMessages>`). */
export const CONTINUE_MESSAGES = [
  'continue.assessment',
  'continue.module',
  'continue.finished',
  'home.continue',
] as const;

/**
 * "Continue where you left off" on the home page, read from the stored journey as a journey record
 * (no state machine needed): the self-assessment question reached, or the first module of the
 * plan not yet done (`nextModule`). Nothing is shown, nor the database loaded, on a first visit.
 */
export async function bindContinue(box: HTMLElement): Promise<void> {
  // A first visit has no journey to continue: the database code (Dexie) is not loaded to find none.
  if (!(await mayHoldDatabase())) return;
  const [{ loadJourneyRecord }, { replayEarlierWrites }] = await Promise.all([
    import('../db/journeySnapshot'),
    import('./replayEarlierWrites'),
  ]);
  // A learner who tested out and came straight here: the journey the page before left unwritten counts.
  await replayEarlierWrites();
  const record = await loadJourneyRecord();
  if (!record) return;
  const { stage, assessment, plan, planned, progress } = record;
  const link = box.querySelector('a')!;
  const t = clientMessages();
  const base = pageBase();
  if (stage === 'choosingRegion' || stage === 'assessing' || stage === 'reassessing') {
    link.href = `${base}assessment/`;
    const { assessment: banks } = (await fetch(`${pageBase()}curriculum.json`).then((r) =>
      r.json(),
    )) as PlannerCurriculum;
    const { position } = assessmentQueue({
      banks,
      answers: assessment.answers,
      scope: assessment.scope,
    }).position(assessment.cursor);
    link.textContent = t('continue.assessment', { position });
  } else if (stage === 'planned' || stage === 'learning') {
    // The plan decides what comes next, not the module opened last (which may be a later one).
    const id = nextModule(journeyModuleIds(plan), factsOfJourney(progress));
    link.href = id ? `${base}modules/${id}/` : `${base}journey/`;
    link.textContent = id && planned[id] ? t('continue.module', { module: planned[id].title }) : t('home.continue');
  } else if (stage === 'reassessmentOffered' || stage === 'completed') {
    link.href = `${base}journey/`;
    link.textContent = t('continue.finished');
  } else {
    return;
  }
  box.hidden = false;
}
