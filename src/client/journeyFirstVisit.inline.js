// The journey page's first view on a first visit, before its scripts load: the call to the self-assessment, drawn at build
// time, shows at once when this browser holds no Cohesion database and no unsettled write (journeyFirstView.ts decides the
// rest). Inlined verbatim by the journey page (comments ship: keep them short); astro.config.mjs hashes it into the CSP.
(() => {
  const view = document.querySelector('[data-journey-first-view]');
  const island = document.querySelector('[data-journey-island]');
  if (!view || !island || typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  try {
    if (Object.keys(localStorage).some((key) => key.startsWith('cohesion.journal.'))) return;
  } catch {
    return;
  }
  indexedDB.databases().then(
    (list) => {
      if (list.some((d) => d.name === 'cohesion') || view.dataset.retired !== undefined || !view.hidden) return;
      view.hidden = false;
      island.hidden = true;
    },
    () => {},
  );
})();
