import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/authoring/checkContent';
import { CONTENT_DIR } from '../src/authoring/contentLayout';
import { caseJson, exportCase } from '../src/lib/case/exportCase';
import { contentErrors, formatIssues } from '../src/lib/curriculum/contentIssue';
import { CliFailure, type CliIo, exitCodeOf } from './cliIo';
import { rootOfContentDir } from './contentDirOption';

/**
 * `npm run case:export -- [--out file.json] [--content-dir dir]`: writes the competency framework
 * as a 1EdTech CASE 1.0 package (JSON) to the file, or to stdout; 1 while the content check finds
 * problems, since a broken framework would export a broken package.
 */
export function runCaseExport(argv: readonly string[], io: CliIo): Promise<number> {
  return exitCodeOf(io, () => {
    const { values } = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, 'content-dir': { type: 'string' } },
    });
    const root = values['content-dir'] ? rootOfContentDir(values['content-dir'], io.cwd, CONTENT_DIR) : io.cwd;
    const { issues: all, curriculum } = checkContent(root);
    const issues = contentErrors(all);
    if (issues.length > 0) throw new CliFailure(`case:export: fix the content first.\n\n${formatIssues(issues)}`);
    let json: string;
    try {
      json = caseJson(exportCase(curriculum));
    } catch (error) {
      throw new CliFailure(`case:export: ${(error as Error).message}`);
    }
    if (values.out) {
      writeFileSync(resolve(io.cwd, values.out), json);
      io.stderr(
        `Wrote ${values.out}: ${curriculum.framework.areas.length} areas, ${curriculum.competencies.length} competencies, ${curriculum.scale.length} levels each.\n`,
      );
    } else {
      io.stdout(json);
    }
    return 0;
  });
}
