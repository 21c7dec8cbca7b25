/**
 * `npm run case:export -- [--out file.json] [--content-dir dir]` writes the competency framework as
 * a 1EdTech CASE 1.0 package (JSON) to the file, or to standard output. Refuses while the content
 * check finds problems, since a broken framework would export a broken package.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string' }, 'content-dir': { type: 'string' } } });
const out = values.out && resolve(values.out);
if (values['content-dir']) {
  // The checker reads <root>/<COHESION_CONTENT_DIR>; it is read when contentLayout loads, hence the dynamic imports below.
  const dir = resolve(values['content-dir']);
  process.chdir(dirname(dir));
  process.env.COHESION_CONTENT_DIR = basename(dir);
}
const { checkContent } = await import('../src/authoring/checkContent');
const { formatIssues } = await import('../src/lib/curriculum/contentIssue');
const { caseJson, exportCase } = await import('../src/lib/case/exportCase');

const { issues, curriculum } = checkContent(process.cwd());
if (issues.length > 0) {
  console.error(`case:export: fix the content first.\n\n${formatIssues(issues)}`);
  process.exit(1);
}
let json: string;
try {
  json = caseJson(exportCase(curriculum));
} catch (error) {
  console.error(`case:export: ${(error as Error).message}`);
  process.exit(1);
}
if (out) {
  writeFileSync(out, json);
  console.error(`Wrote ${values.out}: ${curriculum.framework.areas.length} areas, ${curriculum.competencies.length} competencies, ${curriculum.scale.length} levels each.`);
} else {
  process.stdout.write(json);
}
