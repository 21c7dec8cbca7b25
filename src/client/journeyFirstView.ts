import { mayHoldDatabase } from '../db/databaseName';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { clientMessages } from './clientMessages';
import { hydrateNow } from './hydrateNow';
import { isSavedOffline } from './isSavedOffline';
import { pageBase } from './pageBase';
import { readStoredJourney } from './readStoredJourney';
import { type FirstView, renderJourneyFirstView } from './renderJourneyFirstView';
import { pageStorage, storageJournal } from './writeAheadJournal';

const FIRST_VIEW = '[data-journey-first-view]';
const ISLAND = '[data-journey-island]';

/** A control of the first view the learner used before the island took over: found again in the island by what it says. */
interface Used {
  tag: string;
  text: string;
  href: string | null;
}
const usedOf = (element: Element): Used => ({
  tag: element.tagName,
  text: element.textContent ?? '',
  href: element.getAttribute('href'),
});
const findUsed = (root: ParentNode, used: Used | undefined) =>
  used &&
  [...root.querySelectorAll<HTMLElement>(used.tag)].find(
    (e) => e.textContent === used.text && e.getAttribute('href') === used.href,
  );

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
    drawn = await renderJourneyFirstView(await readStoredJourney(), {
      curriculum: () =>
        fetch(`${pageBase()}curriculum.json`).then((r) => {
          if (!r.ok) throw new Error(`curriculum.json: ${r.status}`);
          return r.json() as Promise<PlannerCurriculum>;
        }),
      log: async () => ((await mayHoldDatabase()) ? (await import('../db/events')).loadStatements() : []),
      t: clientMessages(),
      base: pageBase(),
      hasModel,
    });
  } catch {
    drawn = null; // storage or the network refused: the island reads the journey itself, and says what went wrong
  }
  if (view.dataset.retired !== undefined) return; // the island was quicker
  if (!drawn) return hydrateNow(island);
  view.replaceChildren(...drawn.nodes);
  view.hidden = false;
  island.hidden = true;
  // Clicks on controls only the island can act on are kept, and repeated on the island's own once it takes over;
  // a choice in a menu (which may come without a pointer or key) starts the island too.
  view.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button) view.dataset.used = JSON.stringify(usedOf(button));
  });
  view.addEventListener('change', () => hydrateNow(island));
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
 * Replaces the first view with the island, now that it shows the journey: what the learner chose in
 * the first view's menus is chosen in the island's, focus moves to the same control, and a button
 * pressed before the island could act is pressed again. Called by JourneyView once it renders the journey.
 */
export function handOverFirstView(): void {
  const view = document.querySelector<HTMLElement>(FIRST_VIEW);
  const island = document.querySelector<HTMLElement>(ISLAND);
  if (!view || !island || view.dataset.retired !== undefined) return;
  view.dataset.retired = '';
  if (view.hidden) return;
  const focused = view.contains(document.activeElement) ? usedOf(document.activeElement!) : undefined;
  const chosen = [...view.querySelectorAll('select')].map((s) => s.value);
  const pressed = view.dataset.used ? (JSON.parse(view.dataset.used) as Used) : undefined;
  view.hidden = true;
  view.replaceChildren();
  island.hidden = false;
  findUsed(island, focused)?.focus();
  // After React's commit: the island's own handlers then see the menus' change and the press as the learner's.
  setTimeout(() => {
    island.querySelectorAll('select').forEach((select, i) => {
      if (chosen[i] === undefined || chosen[i] === select.value) return;
      select.value = chosen[i];
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    findUsed(island, pressed)?.click();
  });
}
