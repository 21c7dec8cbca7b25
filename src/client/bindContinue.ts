import { loadJourneySnapshot } from '../db/journeySnapshot';
import type { JourneyContext } from '../lib/journey/journeyMachine';

/**
 * "Continue where you left off" on the home page, read straight from the stored journey snapshot
 * (no state machine needed to read where the learner stopped).
 */
export async function bindContinue(box: HTMLElement): Promise<void> {
  const snapshot = (await loadJourneySnapshot()) as { value: unknown; context: JourneyContext } | undefined;
  if (!snapshot) return;
  const state = typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value as object)[0];
  const { context } = snapshot;
  const link = box.querySelector('a')!;
  if (state === 'assessing' || state === 'reassessing') {
    link.href = '/assessment/';
    link.textContent = `Continue your self-assessment (question ${context.cursor + 1})`;
  } else if (state === 'planned' || state === 'learning') {
    const id = context.currentModuleId;
    link.href = id && !context.completed.includes(id) ? `/modules/${id}/` : '/journey/';
    link.textContent = id && context.planned[id] && !context.completed.includes(id) ? `Continue: ${context.planned[id].title}` : 'Continue your journey';
  } else if (state === 'reassessmentOffered' || state === 'completed') {
    link.href = '/journey/';
    link.textContent = 'See your finished journey';
  } else {
    return;
  }
  box.hidden = false;
}
