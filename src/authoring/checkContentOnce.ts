import { resolve } from 'node:path';
import { checkContent } from './checkContent';

type CheckedContent = ReturnType<typeof checkContent>;

// Astro loads the integration that checks the content before a build, and bundles the pages that render it,
// as two copies of this module in the build's one process: a key in the global symbol registry lets both
// share one reading (1,000 modules: about 5 s of a cold build each time).
const READINGS = Symbol.for('cohesion.checkedContentOfBuild');

/**
 * `checkContent(root)`, read once per process and the same object for every caller: for `astro build`,
 * whose content cannot change while it runs (never `astro dev`, where it does).
 */
export function checkContentOnce(root: string): CheckedContent {
  const global = globalThis as { [READINGS]?: Map<string, CheckedContent> };
  global[READINGS] ??= new Map();
  const readings = global[READINGS];
  const key = resolve(root);
  let checked = readings.get(key);
  if (!checked) {
    checked = checkContent(key);
    readings.set(key, checked);
  }
  return checked;
}
