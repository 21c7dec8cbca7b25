const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

/**
 * Runs `fn` once, at the learner's first interaction with the page. Interactions with the header's
 * search do not count: searching is not reading this page.
 */
export function onFirstInteraction(fn: () => void): void {
  const run = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('[data-site-search]')) return;
    for (const type of INTERACTIONS) window.removeEventListener(type, run, { capture: true });
    fn();
  };
  for (const type of INTERACTIONS) window.addEventListener(type, run, { capture: true, passive: true });
}
