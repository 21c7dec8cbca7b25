import type { ReviewCard } from '../lib/review/reviewSchedule';

/**
 * A review card's question as its module page renders it (the module's own `form[data-kc]`, so a
 * check looks and grades the same everywhere), made a one-attempt review: no "Try again" or
 * "Show answer", options in the order seeded by `seed`. Read from the network, else from the copy
 * saved for offline use (the module opened, or saved with the journey or by the review page);
 * undefined when neither can be had or the page no longer holds the check.
 */
export async function loadReviewCheck(
  base: string,
  card: ReviewCard,
  seed: string,
): Promise<HTMLFormElement | undefined> {
  const url = `${base}modules/${card.moduleId}/`;
  // The service worker answers navigations only: a script's fetch offline reads its saved copy itself.
  const response = await fetch(url)
    .then((r) => (r.ok ? r : undefined))
    .catch(() => undefined);
  const saved = response ?? (await globalThis.caches?.match(url, { ignoreSearch: true, ignoreVary: true }));
  const page = await saved?.text();
  if (!page) return undefined;
  const html = new DOMParser().parseFromString(page, 'text/html');
  const form = html.querySelector<HTMLFormElement>(`form[data-kc][data-check="${CSS.escape(card.checkId)}"]`);
  if (!form) return undefined;
  for (const extra of form.querySelectorAll('[data-retry], [data-reveal]')) extra.remove();
  form.dataset.once = '';
  form.dataset.seed = seed;
  delete form.dataset.shuffle;
  delete form.dataset.bound;
  return document.adoptNode(form);
}
