import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from '../bench/linkNodeModules';
import { curriculumWorkspace, FIXTURES } from './curriculumWorkspace';

const project = join(import.meta.dirname, '..', '..');

/**
 * A throwaway copy of this project (sources, config, node_modules linked) whose content/ is the
 * minimal curriculum with a bad-content fixture's files laid over it, or none: for real builds and dev servers.
 */
export function projectCopy(fixture?: string): { root: string; dispose: () => void } {
  const workspace = curriculumWorkspace(fixture ? join(FIXTURES, 'bad-content', fixture) : undefined);
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, entry), join(workspace.root, entry), { recursive: true });
  }
  // Its own node_modules (a link per package), not one link to the project's: Astro's content store and Vite's caches
  // live there, and copies built at once (test files side by side) must not share a curriculum's cache.
  linkNodeModules(workspace.root, 'site', 'symbolic');
  return workspace;
}
