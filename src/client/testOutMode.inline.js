// The module page's test-out mode (`?test-out`), set up before first paint: the page's breadcrumbs and
// article give way to the test-out view its <template data-test-out-view> holds, and the module's
// knowledge checks move into it as test-out checks (one attempt, options shuffled: `data-once`).
// Inlined verbatim by the module page; astro.config.mjs adds this file's hash to the page's CSP.
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
  // The words the checks' scripts show were shipped inside the article: keep them.
  for (const block of document.querySelectorAll('[data-module-view] script[data-client-messages]')) view.append(block);
  for (const element of document.querySelectorAll('[data-module-view]')) element.remove();
  document.title = template.dataset.title;
  template.replaceWith(view);
})();
