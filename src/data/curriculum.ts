import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../authoring/checkContent';
import { checkContentOnce } from '../authoring/checkContentOnce';
import { contentErrorOverlay } from '../authoring/contentErrorOverlay';
import { CONTENT_DIR } from '../authoring/contentLayout';
import { type Catalog, createCatalog } from '../lib/curriculum/createCatalog';

const cache = new Map<string, { stamp: string; catalog: Promise<Catalog> }>();

/**
 * The curriculum below `root` as the checker reads and checks it (`checkContent`, the one reader),
 * with the lookups pages need. Rejects with every problem when the content has any. Read once per
 * build, shared with the build's content check; in `astro dev`, again whenever a file in content/ changes.
 */
export function getCatalog(root: string = process.cwd()): Promise<Catalog> {
  const stamp = import.meta.env.DEV ? contentStamp(root) : '';
  const hit = cache.get(root);
  if (hit?.stamp === stamp) return hit.catalog;
  const catalog = Promise.resolve().then(() => {
    // A build shares the reading its content check made before it (curriculumCheck); dev reads the files as they are now.
    const { curriculum, issues } = import.meta.env.DEV ? checkContent(root) : checkContentOnce(root);
    // In `npm run dev`, Astro's error overlay shows this with the file and line of the first error.
    const overlay = contentErrorOverlay(issues, root);
    if (overlay) throw Object.assign(new Error(overlay.message), { id: overlay.id, loc: overlay.loc });
    return createCatalog(curriculum);
  });
  cache.set(root, { stamp, catalog });
  return catalog;
}

/** Names and modification times of every file in content/: changes when an author saves, adds or removes one. */
function contentStamp(root: string): string {
  const dir = resolve(root, CONTENT_DIR);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => `${name}@${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
}
