import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';

/** The folder of the content folder that images and downloads live in: `content/files/`. */
export const FILES_DIR = 'files';

/** The site path downloads are served under. */
export const DOWNLOADS_PATH = '/downloads/';

/**
 * The fingerprinted address a file from `content/files/` is served at, e.g.
 * `/downloads/mapping-canvas.3f2a9c1d.pdf`: a new version gets a new address, so no cache serves an old one.
 */
export function downloadUrl(absFile: string): string {
  const hash = createHash('sha256').update(readFileSync(absFile)).digest('hex').slice(0, 8);
  const ext = extname(absFile);
  return `${DOWNLOADS_PATH}${encodeURIComponent(basename(absFile, ext))}.${hash}${ext}`;
}
