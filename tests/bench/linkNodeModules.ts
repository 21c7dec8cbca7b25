import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..', '..');
/** Where each kind of throwaway project takes its packages from: the site's own, or the bench package's (Starlight and its Astro). */
const SOURCES = { site: join(project, 'node_modules'), bench: join(import.meta.dirname, 'node_modules') };
/** Caches Astro and Vite write into node_modules: left out so every build starts cold and never writes into the checkout. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * Gives a throwaway project under the temp folder the checkout's `node_modules` (or the bench package's) as a tree of hard
 * links (instant on the same disk, no bytes copied). A symbolic link would not do: Node resolves it
 * to the checkout's real path, outside the project root, where Astro cannot compile the `.astro`
 * components a package ships (Starlight's), and both builds would share one content cache.
 */
export function linkNodeModules(root: string, from: keyof typeof SOURCES = 'site'): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  const entries = readdirSync(SOURCES[from]).filter((e) => !CACHES.has(e));
  execFileSync('cp', ['-al', ...entries.map((e) => join(SOURCES[from], e)), target]);
}
