import { mayHoldDatabase } from '../db/databaseName';
import { handOverFirstView, showFirstView } from './firstViewHandOver';
import { hydrateNow } from './hydrateNow';
import { pageStorage, storageJournal } from './writeAheadJournal';

const FIRST_VIEW = '[data-assessment-first-view]';
const ISLAND = '[data-assessment-island]';

/**
 * On a first visit (no journey stored in this browser, nor being written), shows the assessment page's
 * first view, the "Before you start" step drawn at build time, until the island hydrates at the
 * learner's first interaction; a learner who has started gets the island at once, at their own step.
 */
export async function showAssessmentFirstView(): Promise<void> {
  const view = document.querySelector<HTMLElement>(FIRST_VIEW);
  const island = document.querySelector<HTMLElement>(ISLAND);
  if (!view || !island) return;
  if (storageJournal(pageStorage()).unsettled().length > 0 || (await mayHoldDatabase())) return hydrateNow(island);
  if (view.dataset.retired !== undefined) return; // the island was quicker
  showFirstView(view, island);
}

/** Replaces the first view with the island (see handOverFirstView); called by AssessmentFlow once it renders the journey. */
export function handOverAssessmentFirstView(): void {
  handOverFirstView(FIRST_VIEW, ISLAND);
}
