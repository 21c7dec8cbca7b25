import type { SavedJourney } from '../db/AppDB';
import { mayHoldDatabase } from '../db/databaseName';
import { peekRow } from '../db/peekRow';
import { assessmentFirstViewFits } from '../lib/assessment/assessmentFirstViewFits';
import { handOverFirstView, showFirstView } from './firstViewHandOver';
import { hydrateNow } from './hydrateNow';
import { pageStorage, storageJournal } from './writeAheadJournal';

const FIRST_VIEW = '[data-assessment-first-view]';
const ISLAND = '[data-assessment-island]';

/**
 * Shows the assessment page's first view, the "Before you start" step drawn at build time, until the
 * island hydrates at the learner's first interaction, whenever it is what the island would show: no
 * journey stored, or one not started (see assessmentFirstViewFits), read without loading Dexie. A
 * learner who has started (or finished: the results), whose writes an earlier page left unsettled, or
 * who arrives to reassess (`?reassess`) gets the island at once.
 */
export async function showAssessmentFirstView(): Promise<void> {
  const view = document.querySelector<HTMLElement>(FIRST_VIEW);
  const island = document.querySelector<HTMLElement>(ISLAND);
  if (!view || !island) return;
  if (storageJournal(pageStorage()).unsettled().length > 0 || new URL(location.href).searchParams.has('reassess'))
    return hydrateNow(island);
  let fits = false;
  try {
    fits =
      !(await mayHoldDatabase()) ||
      assessmentFirstViewFits(((await peekRow('journey', 'me')) as SavedJourney | undefined)?.snapshot);
  } catch {
    fits = false; // storage refused: the island reads the journey itself, and says what went wrong
  }
  if (!fits) return hydrateNow(island);
  if (view.dataset.retired !== undefined) return; // the island was quicker
  showFirstView(view, island);
}

/** Replaces the first view with the island (see handOverFirstView); called by AssessmentFlow once it renders the journey. */
export function handOverAssessmentFirstView(): void {
  handOverFirstView(FIRST_VIEW, ISLAND);
}
