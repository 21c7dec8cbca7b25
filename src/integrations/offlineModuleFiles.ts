import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { OfflineManifest } from '../lib/offline/offlineManifest';

/** Same-origin images and media a page embeds (`src="/_astro/…"`, a module body's images at `/downloads/…`), which live outside the module's folder. */
const EMBEDDED = /\bsrc="(\/(?:_astro|downloads)\/[^"]+)"/g;

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The URL a built file is served at: `modules/x/index.html` → `/modules/x/`. */
function urlOf(outDir: string, file: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Reads a built site (`outDir`) for what saving each module offline fetches: every file under
 * `modules/<id>/` (page, checks), its search passage and the images its pages embed,
 * with their total size on disk. For another `locale`, the module files under `<locale>/modules/<id>/`,
 * and the original's answer key where the locale has none of its own (an untranslated module's page
 * grades with it); search passages are the same in every locale.
 */
export function offlineModuleFiles(outDir: string, locale?: string): OfflineManifest {
  const modulesDir = join(outDir, locale ?? '', 'modules');
  const manifest: OfflineManifest = {};
  for (const entry of readdirSync(modulesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const files = filesUnder(join(modulesDir, entry.name));
    const shared = [join(outDir, 'search-fragments', `${entry.name}.json`)];
    if (locale && !files.some((file) => file.endsWith(`${sep}checks.json`)))
      shared.push(join(outDir, 'modules', entry.name, 'checks.json'));
    for (const file of shared) if (existsSync(file)) files.push(file);
    const embedded = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.html')))
      for (const [, src] of readFileSync(file, 'utf8').matchAll(EMBEDDED)) embedded.add(src!);
    const urls = [...files.map((file) => urlOf(outDir, file)), ...embedded];
    const bytes =
      files.reduce((sum, file) => sum + statSync(file).size, 0) +
      [...embedded].reduce((sum, src) => sum + statSync(join(outDir, src)).size, 0);
    manifest[entry.name] = { urls, bytes };
  }
  return manifest;
}
