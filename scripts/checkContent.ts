/**
 * `npm run check:content [dir]`: validates the curriculum in seconds, without a build.
 * Exits 1 and prints every problem when something is wrong.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/authoring/checkContent';
import { formatIssues } from '../src/lib/curriculum/contentIssue';

const root = resolve(process.argv[2] ?? '.');
const { issues, curriculum } = checkContent(root);
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exit(1);
}
console.log(
  `content/ is valid: ${curriculum.modules.length} modules, ${curriculum.competencies.length} competencies, ` +
    `${curriculum.paths.length} paths, ${curriculum.assessment.reduce((n, b) => n + b.items.length, 0)} assessment items, ` +
    `${curriculum.regions.length} regions.`,
);
