import { LOCALE_MIRROR_KEY } from '../db/localeMirrorKey';

/** How long a choice may take to be recorded before the page changes anyway. */
const SAVE_TIMEOUT_MS = 800;

/**
 * Remembers the language a learner picks in the switcher (`a[data-locale-choice]`) in their
 * settings, then opens the page in it. The store is loaded only on that click, so pages carry no
 * database code for it before the learner interacts.
 */
export function bindLanguageSwitcher(root: Document = document): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-locale-choice]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    const locale = link.dataset.localeChoice!;
    try {
      // At once, not after the store loads: the home page reads it, and a slow device may leave first.
      localStorage.setItem(LOCALE_MIRROR_KEY, locale);
    } catch {
      // Storage blocked: the choice still opens the page in that language.
    }
    const saved = import('./learnerStore').then(({ saveLocale }) => saveLocale(locale));
    const timeout = new Promise((resolve) => setTimeout(resolve, SAVE_TIMEOUT_MS));
    void Promise.race([saved, timeout])
      .catch(() => undefined)
      .then(() => location.assign(link.href));
  });
}
