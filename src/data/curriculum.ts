import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../authoring/checkContent';
import { CONTENT_DIR } from '../authoring/contentLayout';
import { contentErrors, formatIssues } from '../lib/curriculum/contentIssue';
import { type Catalog, createCatalog } from '../lib/curriculum/createCatalog';

const cache = new Map<string, { stamp: string; catalog: Promise<Catalog> }>();

/**
 * The curriculum below `root` as the checker reads and checks it (`checkContent`, the one reader),
 * with the lookups pages need. Rejects with every problem when the content has any. Read once per
 * build; in `astro dev`, again whenever a file in content/ changes.
 */
export function getCatalog(root: string = process.cwd()): Promise<Catalog> {
  const stamp = import.meta.env.DEV ? contentStamp(root) : '';
  const hit = cache.get(root);
  if (hit?.stamp === stamp) return hit.catalog;
  const catalog = Promise.resolve().then(() => {
    const { curriculum, issues: all } = checkContent(root);
    const issues = contentErrors(all);
    if (issues.length > 0) throw new Error(formatIssues(issues));
    return createCatalog(curriculum);
  });
  cache.set(root, { stamp, catalog });
  return catalog;
}

/** Names and modification times of every file in content/: changes when an author saves, adds or removes one. */
function contentStamp(root: string): string {
  const dir = join(root, CONTENT_DIR);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => `${name}@${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
}
