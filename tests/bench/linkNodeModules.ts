import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..', '..');
/** Where each kind of throwaway project takes its packages from: the site's own, or the bench package's (Starlight and its Astro). */
const SOURCES = { site: join(project, 'node_modules'), bench: join(import.meta.dirname, 'node_modules') };
/** Caches Astro and Vite write into node_modules: left out so every build starts cold and never writes into the checkout. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Gives a throwaway project under the temp folder the checkout's `node_modules` (or the bench package's), without
 * its caches, so each project builds cold with a content cache of its own. `hard`: a tree of hard links (no bytes
 * copied), needed where the project compiles `.astro` components a package ships (Starlight's): Node resolves a
 * symbolic link to the checkout's real path, outside the project root, where Astro cannot compile them.
 * `symbolic`: one link per package, milliseconds instead of seconds, for projects with no such components.
 */
export function linkNodeModules(
  root: string,
  from: keyof typeof SOURCES = 'site',
  links: 'hard' | 'symbolic' = 'hard',
): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  const entries = readdirSync(SOURCES[from]).filter((e) => !CACHES.has(e));
  if (links === 'hard') execFileSync('cp', ['-al', ...entries.map((e) => join(SOURCES[from], e)), target]);
  else for (const entry of entries) symlinkSync(join(SOURCES[from], entry), join(target, entry));
}
