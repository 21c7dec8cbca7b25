import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/authoring/checkContent';
import { CONTENT_DIR } from '../src/authoring/contentLayout';
import { readCurriculum } from '../src/authoring/readCurriculum';
import { caseIdentifiers } from '../src/lib/case/caseIdentifiers';
import { caseImportFiles } from '../src/lib/case/caseImportFiles';
import { formatCaseImportIssue } from '../src/lib/case/caseImportIssue';
import { importCase } from '../src/lib/case/importCase';
import { precedesPrerequisites } from '../src/lib/case/precedesPrerequisites';
import { contentErrors, formatIssues } from '../src/lib/curriculum/contentIssue';
import { CliFailure, type CliIo, exitCodeOf } from './cliIo';
import { rootOfContentDir } from './contentDirOption';

/**
 * `npm run case:import -- <framework.json> [--competency-level N | --competency-type T] [--content-dir dir] [--force]`: turns a 1EdTech CASE 1.0
 * package into content/framework.yaml and content/competencies/<id>.yaml, then runs the content
 * check and lists what the author still has to do. Writes nothing (and returns 1) when the package
 * cannot be mapped, or would overwrite files and --force is not given.
 */
export function runCaseImport(argv: readonly string[], io: CliIo): Promise<number> {
  return exitCodeOf(io, () => {
    const fail: (message: string) => never = (message) => {
      throw new CliFailure(`case:import: ${message}`);
    };
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'content-dir': { type: 'string' },
        force: { type: 'boolean', default: false },
        'competency-level': { type: 'string' },
        'competency-type': { type: 'string' },
      },
    });
    const level = values['competency-level'];
    if (level !== undefined && !/^[1-9]\d*$/.test(level))
      fail(`--competency-level takes a level number (1 = the items directly under the document), not "${level}".`);
    const competencies =
      values['competency-type'] !== undefined
        ? { itemType: values['competency-type'] }
        : level !== undefined
          ? { level: Number(level) }
          : undefined;
    if (positionals.length !== 1)
      fail(
        'Name one CASE package (JSON), e.g. npm run case:import -- framework.json [--competency-level N | --competency-type <CFItemType>] [--content-dir content] [--force].',
      );
    const source = resolve(io.cwd, positionals[0]!);
    const root = values['content-dir'] ? rootOfContentDir(values['content-dir'], io.cwd, CONTENT_DIR) : io.cwd;
    const contentDir = resolve(root, CONTENT_DIR);
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(source, 'utf8'));
    } catch (error) {
      fail(`Cannot read ${positionals[0]} as JSON: ${(error as Error).message}`);
    }

    const before = readCurriculum(root).curriculum;
    const result = importCase(input, before.scale, { competencies });
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    if (!result.ok) {
      io.stderr(`${result.issues.map(formatCaseImportIssue).join('\n\n')}\n\n`);
      fail('the package cannot be imported as it is; nothing was written.');
    }

    const files = caseImportFiles(result);
    const existing = files.filter((f) => existsSync(join(contentDir, f.path))).map((f) => `${CONTENT_DIR}/${f.path}`);
    if (existing.length > 0 && !values.force)
      fail(`these files exist already: ${existing.join(', ')}. Nothing was written; pass --force to replace them.`);
    mkdirSync(join(contentDir, 'competencies'), { recursive: true });
    for (const file of files) writeFileSync(join(contentDir, file.path), file.text);
    io.stdout(
      `Wrote ${CONTENT_DIR}/framework.yaml (${result.framework.areas.length} areas) and ${result.competencies.length} competencies in ${CONTENT_DIR}/competencies/.\n`,
    );
    if (warnings.length > 0)
      io.stdout(
        `\nWhat was not imported as it was (${warnings.length}):\n\n${warnings.map(formatCaseImportIssue).join('\n\n')}\n`,
      );

    // What is left for the author: files the framework did not replace, then the content check.
    const imported = new Set(result.competencies.map((c) => c.id));
    const leftOver = readdirSync(join(contentDir, 'competencies')).filter(
      (name) => name.endsWith('.yaml') && !imported.has(name.slice(0, -5)),
    );
    const todo: string[] = [];
    if (leftOver.length > 0)
      todo.push(
        `Still in ${CONTENT_DIR}/competencies/ but not in the imported framework: ${leftOver.join(', ')}. Delete them if the framework replaces yours (then fix what refers to them).`,
      );
    const { issues, curriculum } = checkContent(root);
    const errors = contentErrors(issues);
    const developed = new Set(curriculum.modules.flatMap((m) => m.develops.map((d) => d.competency)));
    const assessed = new Set(curriculum.assessment.map((b) => b.competency));
    const undeveloped = [...imported].filter((id) => !developed.has(id));
    const unassessed = [...imported].filter((id) => !assessed.has(id));
    if (undeveloped.length > 0)
      todo.push(`No module develops ${undeveloped.join(', ')} yet: write modules for them (npm run new:module).`);
    if (unassessed.length > 0)
      todo.push(
        `No self-assessment items for ${unassessed.join(', ')} yet: add ${CONTENT_DIR}/assessment/<competency>.yaml.`,
      );
    const suggested = precedesPrerequisites(
      result.framework.case?.associations ?? [],
      result.competencies,
      curriculum.modules,
      caseIdentifiers(result.framework.case!.identifier),
    );
    if (suggested.length > 0)
      todo.push(
        `The framework says some competencies come before others ("precedes"); add these module prerequisites:\n${suggested
          .map((s) => `  - ${s.module}: prerequisites: [${s.prerequisite}] (${s.because[0]} precedes ${s.because[1]})`)
          .join('\n')}`,
      );
    if (issues.length > 0) todo.push(formatIssues(issues));
    io.stdout(
      todo.length > 0
        ? `\nWhat is left to do${errors.length === 0 ? ' (the content check finds no errors)' : ''}:\n\n${todo.join('\n\n')}\n`
        : '\nThe content check finds no problems.\n',
    );
    return 0;
  });
}
