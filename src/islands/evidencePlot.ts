/**
 * Observable Plot, re-exported from a module of its own so its bundle is named `evidencePlot.*.js`:
 * the evidence page imports it lazily, and the service worker leaves it out of the learners' shell.
 */
export * from '@observablehq/plot';
