import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
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
  symlinkSync(join(project, 'node_modules'), join(workspace.root, 'node_modules'), 'dir');
  return workspace;
}
