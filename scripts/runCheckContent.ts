import { resolve } from 'node:path';
import { checkContent } from '../src/authoring/checkContent';
import { formatIssues } from '../src/lib/curriculum/contentIssue';
import type { CliIo } from './cliIo';

/** `npm run check:content [dir]`: prints every problem of the curriculum below `dir` and returns 1, or a summary and 0. */
export function runCheckContent(argv: readonly string[], io: CliIo): number {
  const { issues, curriculum } = checkContent(resolve(io.cwd, argv[0] ?? '.'));
  if (issues.length > 0) {
    io.stderr(`${formatIssues(issues)}\n`);
    return 1;
  }
  io.stdout(
    `content/ is valid: ${curriculum.modules.length} modules, ${curriculum.competencies.length} competencies, ` +
      `${curriculum.paths.length} paths, ${curriculum.assessment.reduce((n, b) => n + b.items.length, 0)} assessment items, ` +
      `${curriculum.regions.length} regions.\n`,
  );
  return 0;
}
