import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentAndBodies } from '../src/authoring/checkContentAndBodies';
import { CONTENT_DIR } from '../src/authoring/contentLayout';
import { contentErrors, formatIssues } from '../src/lib/curriculum/contentIssue';
import type { CliIo } from './cliIo';

/**
 * `npm run check:content [dir] [--strict]`: prints every problem of the curriculum below `dir`
 * (module bodies compiled as the build does) and returns 1, or a summary naming the folder checked
 * and 0. Warnings alone (stale translations, TODOs) are printed and return 0, or 1 with `--strict`.
 */
export async function runCheckContent(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { strict: { type: 'boolean', default: false } },
  });
  const root = resolve(io.cwd, positionals[0] ?? '.');
  // Named as the author gave it: an absolute COHESION_CONTENT_DIR absolutely, else from where the command ran.
  const contentDir = resolve(root, CONTENT_DIR);
  const folder = `${isAbsolute(CONTENT_DIR) ? contentDir : relative(io.cwd, contentDir) || '.'}/`;
  const { issues, curriculum } = await checkContentAndBodies(root);
  if (contentErrors(issues).length > 0 || (values.strict && issues.length > 0)) {
    io.stderr(`${formatIssues(issues, folder)}\n`);
    return 1;
  }
  if (issues.length > 0) io.stdout(`${formatIssues(issues, folder)}\n`);
  io.stdout(
    `${folder} is valid: ${curriculum.modules.length} modules, ${curriculum.competencies.length} competencies, ` +
      `${curriculum.paths.length} paths, ${curriculum.assessment.reduce((n, b) => n + b.items.length, 0)} assessment items, ` +
      `${curriculum.regions.length} regions${issues.length ? `, ${issues.length} ${issues.length === 1 ? 'warning' : 'warnings'}` : ''}.\n`,
  );
  return 0;
}
