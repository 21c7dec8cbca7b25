// Test-out mode (?test-out), before first paint: the template's view replaces the module view, taking its checks as once-only.
// Inlined verbatim by the module page (comments ship: keep them short); astro.config.mjs hashes it into the CSP.
(() => {
  if (!new URLSearchParams(location.search).has('test-out')) return;
  const template = document.querySelector('template[data-test-out-view]');
  if (!template) return;
  const view = template.content.cloneNode(true);
  const checks = view.querySelector('[data-test-out-checks]');
  for (const id of checks.dataset.checks.split(' ')) {
    const form = document.querySelector(`[data-module-view] form[data-kc][data-check="${CSS.escape(id)}"]`);
    if (!form) continue;
    form.dataset.once = '';
    delete form.dataset.shuffle;
    for (const button of form.querySelectorAll('[data-retry], [data-reveal]')) button.remove();
    checks.append(form);
  }
  // The checks' words were shipped inside the article: keep them.
  for (const block of document.querySelectorAll('[data-module-view] script[data-client-messages]')) view.append(block);
  for (const element of document.querySelectorAll('[data-module-view]')) element.remove();
  document.title = template.dataset.title;
  template.replaceWith(view);
})();
