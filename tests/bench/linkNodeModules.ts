import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..', '..');
/** Where each kind of throwaway project takes its packages from: the site's own, or the bench package's (Starlight and its Astro). */
const SOURCES = { site: join(project, 'node_modules'), bench: join(import.meta.dirname, 'node_modules') };
/** Caches Astro and Vite write into node_modules: left out so every build starts cold and never writes into the checkout. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Gives a throwaway project under the temp folder the checkout's `node_modules` (or the bench package's) as a tree of hard
 * links (no bytes copied), or with `symbolic` one link per package (for a project whose components need no compiling). A symbolic link would not do: Node resolves it
 * to the checkout's real path, outside the project root, where Astro cannot compile the `.astro`
 * components a package ships (Starlight's), and both builds would share one content cache.
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
  // One symbolic link per package (milliseconds, where hard links take seconds): the caches are still the copy's own.
  else for (const entry of entries) symlinkSync(join(SOURCES[from], entry), join(target, entry));
}
