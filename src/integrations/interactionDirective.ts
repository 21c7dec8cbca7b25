import type { ClientDirective } from 'astro';
import { HYDRATE_NOW_EVENT } from '../client/hydrateNow';
import { onFirstInteraction } from '../client/onFirstInteraction';

/**
 * Hydrates the island at the learner's first pointerdown, touchstart, keydown or focusin (scrolling
 * reads, it does not act), or when a page script dispatches `HYDRATE_NOW_EVENT` on the island
 * because what it drew first cannot stand in for it.
 */
const interactionDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  const hydrate = async () => {
    if (started) return;
    started = true;
    await (await load())();
  };
  onFirstInteraction(() => void hydrate(), ['pointerdown', 'touchstart', 'keydown', 'focusin']);
  el.addEventListener(HYDRATE_NOW_EVENT, () => void hydrate(), { once: true });
};

export default interactionDirective;
