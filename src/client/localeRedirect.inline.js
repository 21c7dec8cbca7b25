// Runs in the <head> of the default locale's home page, before first paint: a learner who chose
// another language in the switcher (its mirror in localStorage, src/db/localeMirrorKey.ts) is sent
// to the home page in it, which the page lists as an hreflang alternate.
(() => {
  try {
    const chosen = localStorage.getItem('cohesion.locale');
    const alternate = chosen && document.querySelector(`link[rel="alternate"][hreflang="${chosen}"]`);
    if (alternate && chosen !== document.documentElement.dataset.lang)
      location.replace(new URL(alternate.href).pathname);
  } catch {
    // Storage blocked: stay on the default locale.
  }
})();
