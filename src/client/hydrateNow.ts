/**
 * The event a page script dispatches on a `client:interaction` island to hydrate it at once, without
 * waiting for the learner (src/integrations/interactionDirective.ts).
 */
export const HYDRATE_NOW_EVENT = 'cohesion:hydrate-now';

/** Hydrates the `client:interaction` islands inside `root` now. */
export function hydrateNow(root: ParentNode): void {
  for (const island of root.querySelectorAll('astro-island')) island.dispatchEvent(new Event(HYDRATE_NOW_EVENT));
}
