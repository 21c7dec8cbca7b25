import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaseExport } from '../../scripts/runCaseExport';
import { runCaseImport } from '../../scripts/runCaseImport';
import { checkContent } from '../../src/authoring/checkContent';
import { caseImportFiles } from '../../src/lib/case/caseImportFiles';
import { casePackageSchema } from '../../src/lib/case/casePackageSchema';
import { caseJson, exportCase } from '../../src/lib/case/exportCase';
import { importCase } from '../../src/lib/case/importCase';
import { formatIssues } from '../../src/lib/curriculum/contentIssue';
import { PROJECT as project, runCli } from '../helpers/runCli';

const { curriculum } = checkContent(project);
const scratch = mkdtempSync(join(tmpdir(), 'cohesion-case-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the real content/ with its framework and competencies taken out, to import into. */
function emptiedContent(name: string): { root: string; content: string } {
  const root = join(scratch, name);
  const content = join(root, 'content');
  cpSync(join(project, 'content'), content, { recursive: true });
  rmSync(join(content, 'framework.yaml'));
  for (const file of readdirSync(join(content, 'competencies'))) rmSync(join(content, 'competencies', file));
  return { root, content };
}

describe('CASE exchange of the real framework', () => {
  const first = exportCase(curriculum);
  const json = caseJson(first);

  it('exports a package the CASE schema accepts unchanged', () => {
    const parsed = JSON.parse(json) as unknown;
    expect(casePackageSchema.parse(parsed)).toEqual(parsed);
    expect(first.CFItems).toHaveLength(curriculum.framework.areas.length + curriculum.competencies.length);
    expect(first.CFRubrics![0]!.CFRubricCriteria!.flatMap((c) => c.CFRubricCriterionLevels)).toHaveLength(
      curriculum.competencies.length * curriculum.scale.length,
    );
  });

  it('export → import → export gives the same package, byte for byte, and the same content', () => {
    const { root, content } = emptiedContent('in-process');
    const imported = importCase(JSON.parse(json), curriculum.scale);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues, null, 2));
    expect(imported.issues).toEqual([]);
    for (const file of caseImportFiles(imported)) writeFileSync(join(content, file.path), file.text);

    const again = checkContent(root);
    expect(again.issues, formatIssues(again.issues)).toEqual([]);
    const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
    expect(strip(again.curriculum.framework)).toEqual(strip(curriculum.framework));
    expect(again.curriculum.competencies.map(strip)).toEqual(curriculum.competencies.map(strip));

    const second = exportCase(again.curriculum);
    expect(second).toEqual(first);
    expect(caseJson(second)).toBe(json);
  });

  it('does the same through npm run case:export and case:import, which refuses to overwrite without --force', async () => {
    const exported = join(scratch, 'exported.json');
    const exportRun = await runCli(runCaseExport, ['--out', exported]);
    expect(exportRun.status, exportRun.stderr).toBe(0);
    expect(readFileSync(exported, 'utf8')).toBe(json);

    const { content } = emptiedContent('scripts');
    const importRun = await runCli(runCaseImport, [exported, '--content-dir', content]);
    expect(importRun.status, importRun.stderr).toBe(0);
    expect(importRun.stdout).toContain(
      `Wrote content/framework.yaml (${curriculum.framework.areas.length} areas) and ${curriculum.competencies.length} competencies`,
    );
    expect(importRun.stdout).toContain('The content check finds no problems.');

    const again = await runCli(runCaseImport, [exported, '--content-dir', content]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Nothing was written; pass --force to replace them.');

    const reexport = await runCli(runCaseExport, ['--content-dir', content]);
    expect(reexport.status, reexport.stderr).toBe(0);
    expect(reexport.stdout).toBe(json);
  });

  it('tells the author what is left when an imported competency lacks levels and old files remain', async () => {
    const { content } = emptiedContent('todo');
    cpSync(
      join(project, 'content', 'competencies', 'value-selling.yaml'),
      join(content, 'competencies', 'old-skill.yaml'),
    );
    const pkg = JSON.parse(json) as typeof first;
    const criterion = pkg.CFRubrics![0]!.CFRubricCriteria![0]!;
    criterion.CFRubricCriterionLevels = criterion.CFRubricCriterionLevels!.slice(0, 2);
    const file = join(scratch, 'partial.json');
    writeFileSync(file, JSON.stringify(pkg));
    const run = await runCli(runCaseImport, [file, '--content-dir', content]);
    expect(run.status, run.stderr).toBe(0);
    const id = pkg.CFItems!.find((i) => i.identifier === criterion.CFItemURI!.identifier)!.humanCodingScheme!;
    expect(run.stdout).toContain('The rubric gives no descriptor for levels 3 (Proficient), 4 (Leading).');
    expect(run.stdout).toContain(`content/competencies/${id}.yaml`);
    expect(run.stdout).toContain('No behavioural descriptor for level 3.');
    expect(run.stdout).toContain('Still in content/competencies/ but not in the imported framework: old-skill.yaml');
  });

  it('lists the module prerequisites a "precedes" association between two competencies suggests', async () => {
    const { content } = emptiedContent('precedes');
    const developed = (id: string) => curriculum.modules.filter((m) => m.develops.some((d) => d.competency === id));
    const [earlier, later] = curriculum.competencies.filter((c) => developed(c.id).length > 0);
    const pkg = JSON.parse(json) as typeof first;
    const itemOf = (id: string) => pkg.CFItems!.find((i) => i.humanCodingScheme === id)!;
    const link = (id: string) => ({ title: id, identifier: itemOf(id).identifier, uri: itemOf(id).uri });
    pkg.CFAssociations!.push({
      identifier: '00000000-0000-4000-8000-000000000042',
      uri: 'urn:uuid:00000000-0000-4000-8000-000000000042',
      associationType: 'precedes',
      originNodeURI: link(earlier!.id),
      destinationNodeURI: link(later!.id),
      lastChangeDateTime: pkg.CFDocument.lastChangeDateTime,
    });
    const file = join(scratch, 'precedes.json');
    writeFileSync(file, JSON.stringify(pkg));
    const run = await runCli(runCaseImport, [file, '--content-dir', content, '--force']);
    expect(run.status, run.stderr).toBe(0);
    const module = developed(later!.id).find((m) => !m.prerequisites.includes(developed(earlier!.id)[0]!.id))!;
    expect(run.stdout).toContain(
      `  - ${module.id}: prerequisites: [${developed(earlier!.id)[0]!.id}] (${earlier!.id} precedes ${later!.id})`,
    );
  });
});
