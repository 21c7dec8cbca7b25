import { resolve } from 'node:path';
import { checkContent } from '../src/authoring/checkContent';
import { contentErrors, formatIssues } from '../src/lib/curriculum/contentIssue';
import type { CliIo } from './cliIo';

/** `npm run check:content [dir]`: prints every problem of the curriculum below `dir` and returns 1, or a summary and 0. */
export function runCheckContent(argv: readonly string[], io: CliIo): number {
  const { issues: all, curriculum } = checkContent(resolve(io.cwd, argv[0] ?? '.'));
  if (contentErrors(all).length > 0) {
    io.stderr(`${formatIssues(all)}\n`);
    return 1;
  }
  if (all.length > 0) io.stdout(`${formatIssues(all)}\n`);
  io.stdout(
    `content/ is valid: ${curriculum.modules.length} modules, ${curriculum.competencies.length} competencies, ` +
      `${curriculum.paths.length} paths, ${curriculum.assessment.reduce((n, b) => n + b.items.length, 0)} assessment items, ` +
      `${curriculum.regions.length} regions.\n`,
  );
  return 0;
}
