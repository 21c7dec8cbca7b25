import type { Page } from '@playwright/test';

/** Dexie's own error class: in its chunk and nowhere else. */
export const DEXIE = 'DatabaseClosedError';
/** React's hydration entry point: in its client chunk and nowhere else. */
export const REACT = 'hydrateRoot';

/** The paths of the scripts the page fetches from now until the network is idle whose body holds `marker`. */
export function scriptsHolding(page: Page, marker: string) {
  const scripts: Promise<string | null>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url()).pathname;
    if (/\.m?js$/.test(url)) scripts.push(response.body().then((body) => (body.includes(marker) ? url : null)));
  });
  return async () => (await Promise.all(scripts)).filter((url) => url !== null);
}
