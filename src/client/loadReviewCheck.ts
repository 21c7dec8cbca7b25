import type { ReviewCard } from '../lib/review/reviewSchedule';

/**
 * A review card's question as its module page renders it (the module's own `form[data-kc]`, so a
 * check looks and grades the same everywhere), made a one-attempt review: no "Try again" or
 * "Show answer", options in the order seeded by `seed`. Read from the module page the service
 * worker saved, so it works offline once the module was opened or saved; undefined when the page
 * cannot be had or no longer holds the check.
 */
export async function loadReviewCheck(
  base: string,
  card: ReviewCard,
  seed: string,
): Promise<HTMLFormElement | undefined> {
  const page = await fetch(`${base}modules/${card.moduleId}/`)
    .then((r) => (r.ok ? r.text() : undefined))
    .catch(() => undefined);
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
