// Put the learner's region first in each group of local notes and open it (before first paint).
// Inlined verbatim by the module page; astro.config.mjs adds this file's hash to the page's CSP.
(() => {
  var region = null;
  try {
    region = localStorage.getItem('cohesion.region');
  } catch {
    // Storage blocked: no region, nothing to reorder.
  }
  if (!region || region === 'global') return;
  document.querySelectorAll(`details.local-note[data-region="${region}"]`).forEach((note) => {
    var first = note;
    while (first.previousElementSibling?.matches('details.local-note')) first = first.previousElementSibling;
    if (first !== note) first.before(note);
    note.open = true;
    note.querySelector('.yours').hidden = false;
  });
})();
