// Runs in the <head> of the default locale's home page, before first paint: a learner who chose
// another language in the switcher (its mirror in localStorage, src/db/locale.ts) is sent to the
// home page in it, which the page lists as an hreflang alternate.
try {
  var chosen = localStorage.getItem('cohesion.locale');
  var alternate = chosen && document.querySelector('link[rel="alternate"][hreflang="' + chosen + '"]');
  if (alternate && chosen !== document.documentElement.dataset.lang) location.replace(new URL(alternate.href).pathname);
} catch (_) {
  // Storage blocked: stay on the default locale.
}
