import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliFailure } from './cliIo';

/**
 * For an entry point, before the checker loads: a `--content-dir` in `argv` names the curriculum
 * folder, which the checker reads as <root>/<COHESION_CONTENT_DIR> (read once, when
 * src/authoring/contentLayout loads; hence the entry points import their run function after this).
 */
export function applyContentDirOption(argv: readonly string[]): void {
  const dir = parseArgs({ args: [...argv], strict: false, options: { 'content-dir': { type: 'string' } } }).values[
    'content-dir'
  ];
  if (typeof dir === 'string' && dir !== '') process.env.COHESION_CONTENT_DIR = basename(resolve(dir));
}

/** The project root of a `--content-dir` folder, which must carry the curriculum folder's configured name. */
export function rootOfContentDir(dir: string, cwd: string, contentDirName: string): string {
  const abs = resolve(cwd, dir);
  if (basename(abs) !== contentDirName)
    throw new CliFailure(
      `--content-dir ${dir}: the curriculum folder is called "${contentDirName}" here (COHESION_CONTENT_DIR).`,
    );
  return dirname(abs);
}
