import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { downloadUrl } from './downloadUrl';

/** A file a module body imports (`import map from '../images/map.png';`): the name it binds, the file and its query. */
export interface BodyImport {
  name: string;
  /** Absolute path of the imported file. */
  file: string;
  /** `?url` for a file used by its address (media, captions), else ''. */
  query: string;
}

const IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"?]+)(\?[^'"]*)?\2\s*;?[ \t]*$/gm;

/**
 * The default imports of files at the top of a module body (AUTHORING.md: images for `<Figure>`, media
 * and captions with `?url` for `<Video>`), and the body with those lines left blank, so the rest keeps
 * its line numbers. Paths are resolved from `moduleFile`.
 */
export function bodyImports(body: string, moduleFile: string): { imports: BodyImport[]; body: string } {
  const imports: BodyImport[] = [];
  const rest = body.replace(IMPORT, (_line, name: string, _quote, path: string, query = '') => {
    imports.push({ name, file: resolve(dirname(moduleFile), path), query });
    return '';
  });
  return { imports, body: rest };
}

const IMAGE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/**
 * What an import gives the body, as the bundler gave it: an image's address (its download address, see
 * `downloadUrl`) with its size; for `?url`, the file's address. Other imports are refused with the fix.
 */
export async function bodyImportValue({ name, file, query }: BodyImport): Promise<unknown> {
  if (query === '?url') return downloadUrl(file);
  if (!query && IMAGE.test(file)) {
    const { width, height, format } = await imageMetadata(readFileSync(file), file);
    return { src: downloadUrl(file), width, height, format };
  }
  throw new Error(
    `import ${name} from '${file}${query}': a module body imports images (png, jpg, gif, svg, webp, avif), and other files with ?url (media, captions).`,
  );
}
