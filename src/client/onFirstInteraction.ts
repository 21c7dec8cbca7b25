const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

/**
 * Runs `fn` once, at the learner's first interaction with the page (of the kinds `types` names; any
 * pointer, key, touch, wheel, scroll or focus by default). Interactions with the header's search do
 * not count: searching is not reading this page.
 */
export function onFirstInteraction(fn: () => void, types: readonly string[] = INTERACTIONS): void {
  const run = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('[data-site-search]')) return;
    for (const type of types) window.removeEventListener(type, run, { capture: true });
    fn();
  };
  for (const type of types) window.addEventListener(type, run, { capture: true, passive: true });
}
