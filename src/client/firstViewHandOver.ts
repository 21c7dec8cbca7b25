import { hydrateNow } from './hydrateNow';

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
 * Shows a page's first view (drawn without the island's code) in place of its `client:interaction`
 * island, keeping the button the learner presses in it for handOverFirstView to press again in the
 * island; a choice in a menu (which may come without a pointer or key) hydrates the island at once.
 */
export function showFirstView(view: HTMLElement, island: HTMLElement): void {
  view.hidden = false;
  island.hidden = true;
  view.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button) view.dataset.used = JSON.stringify(usedOf(button));
  });
  view.addEventListener('change', () => hydrateNow(island));
}

/**
 * Replaces the first view (`viewSelector`) with the island (`islandSelector`), now that the island
 * shows the same thing: what the learner chose in the first view's menus is chosen in the island's,
 * focus moves to the same control, and a button pressed before the island could act is pressed again.
 * Called by the island once it renders; marks the view retired, so a first view drawn later is not shown.
 */
export function handOverFirstView(viewSelector: string, islandSelector: string): void {
  const view = document.querySelector<HTMLElement>(viewSelector);
  const island = document.querySelector<HTMLElement>(islandSelector);
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
