import { mayHoldDatabase } from '../db/databaseName';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { clientMessages } from './clientMessages';
import { handOverFirstView, showFirstView } from './firstViewHandOver';
import { hydrateNow } from './hydrateNow';
import { isSavedOffline } from './isSavedOffline';
import { pageBase } from './pageBase';
import { readStoredJourney } from './readStoredJourney';
import type { FirstView } from './renderJourneyFirstView';
import { pageStorage, storageJournal } from './writeAheadJournal';

const FIRST_VIEW = '[data-journey-first-view]';
const ISLAND = '[data-journey-island]';

/**
 * Draws the journey page's first view in `[data-journey-first-view]` from the stored journey, hiding
 * the island (`[data-journey-island]`, hydrated at the learner's first interaction) behind it; when
 * it cannot stand in for the island (see renderJourneyFirstView), hydrates the island at once instead.
 */
export async function showJourneyFirstView(hasModel: boolean): Promise<void> {
  const view = document.querySelector<HTMLElement>(FIRST_VIEW);
  const island = document.querySelector<HTMLElement>(ISLAND);
  if (!view || !island) return;
  // Writes an earlier page left unfinished are replayed by the journey itself (journeyActor): it starts now.
  if (storageJournal(pageStorage()).unsettled().length > 0) hydrateNow(island);
  let drawn: FirstView | null = null;
  try {
    const stored = await readStoredJourney();
    const t = clientMessages();
    // A first visit (nothing stored, no database) is asked to take the self-assessment by the call the page drew at build
    // time (journeyFirstVisit.inline.js shows it before this script loads): the view is the page's largest paint.
    if (stored === undefined && !(await mayHoldDatabase())) drawn = { nodes: [...view.childNodes], moduleIds: [] };
    else
      drawn = await (await import('./renderJourneyFirstView')).renderJourneyFirstView(stored, {
        curriculum: () =>
          fetch(`${pageBase()}curriculum.json`).then((r) => {
            if (!r.ok) throw new Error(`curriculum.json: ${r.status}`);
            return r.json() as Promise<PlannerCurriculum>;
          }),
        log: async () => ((await mayHoldDatabase()) ? (await import('../db/events')).loadStatements() : []),
        t,
        base: pageBase(),
        hasModel,
      });
  } catch {
    drawn = null; // storage or the network refused: the island reads the journey itself, and says what went wrong
  }
  if (view.dataset.retired !== undefined) return; // the island was quicker
  if (!drawn) return hydrateNow(island);
  view.replaceChildren(...drawn.nodes);
  showFirstView(view, island);
  // The island saves a newly planned journey's modules for offline use, with progress shown: it starts now when some are not saved yet.
  if (await awaitsOfflineSave(drawn.moduleIds)) hydrateNow(island);
}

/** Whether this browser's service worker could save modules of the journey it has not saved yet. */
async function awaitsOfflineSave(moduleIds: readonly string[]): Promise<boolean> {
  if (moduleIds.length === 0 || !('serviceWorker' in navigator) || !('caches' in window)) return false;
  if (!(await navigator.serviceWorker.getRegistration())) return false;
  const saved = await Promise.all(moduleIds.map((id) => isSavedOffline(`${pageBase()}modules/${id}/`)));
  return saved.includes(false);
}

/**
 * Replaces the first view with the island, now that it shows the journey (see handOverFirstView).
 * Called by JourneyView once it renders the journey.
 */
export function handOverJourneyFirstView(): void {
  handOverFirstView(FIRST_VIEW, ISLAND);
}
