import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';

/** One file the service worker precaches: its URL relative to the site's root and, unless the URL is the revision, a hash of its contents. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** Which files of a built site to precache, as Workbox's `generateSW` took them. */
export interface PrecacheOptions {
  /** Glob patterns relative to `dir` (`_astro/**\/*.js`, `{journey,review}/index.html`). */
  patterns: readonly string[];
  /** Glob patterns of files left out even when a pattern matches them. */
  ignores?: readonly string[];
  /** URLs matching this carry a content hash already (Astro's `_astro/` bundles): no revision. */
  hashedUrls?: RegExp;
  /** A bigger file is left out, with a warning. */
  maximumFileBytes: number;
}

/**
 * The precache manifest of the built site in `dir` (Workbox's `self.__WB_MANIFEST`): every file the
 * patterns match, once, sorted by URL, each with the MD5 of its contents as revision (so a changed
 * file is fetched again by the next worker and an unchanged one is not), with their count and total
 * size, and a warning for each file skipped for its size.
 */
export function precacheManifest(
  dir: string,
  { patterns, ignores = [], hashedUrls, maximumFileBytes }: PrecacheOptions,
): { entries: PrecacheEntry[]; size: number; warnings: string[] } {
  const files = [...new Set(globSync([...patterns], { cwd: dir }))]
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !ignores.some((pattern) => matchesGlob(file, pattern)) && statSync(join(dir, file)).isFile())
    .sort();
  const entries: PrecacheEntry[] = [];
  const warnings: string[] = [];
  let size = 0;
  for (const url of files) {
    const contents = readFileSync(join(dir, url));
    if (contents.length > maximumFileBytes) {
      warnings.push(
        `${url} is ${contents.length} bytes, more than the ${maximumFileBytes} the service worker precaches: it is cached when first fetched.`,
      );
      continue;
    }
    size += contents.length;
    entries.push({
      url,
      revision: hashedUrls?.test(url) ? null : createHash('md5').update(contents).digest('hex'),
    });
  }
  return { entries, size, warnings };
}
