import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckContent } from '../../scripts/runCheckContent';
import { checkContent } from '../../src/authoring/checkContent';
import { contentErrors } from '../../src/lib/curriculum/contentIssue';
import { curriculumWorkspace } from '../helpers/curriculumWorkspace';
import { runCli } from '../helpers/runCli';

let dispose = () => {};
afterEach(() => dispose());

function workspace(): string {
  const made = curriculumWorkspace();
  dispose = made.dispose;
  return made.root;
}

describe('content that an import leaves incomplete', () => {
  it('reports a short description and missing descriptors as TODO warnings, and the check still passes', async () => {
    const root = workspace();
    writeFileSync(
      join(root, 'content', 'competencies', 'planning.yaml'),
      "name: Competency planning\narea: skillset\ndescription: Plan.\nlevels:\n  1: Recognises planning in a colleague's work.\n",
    );
    const { issues } = checkContent(root);
    expect(contentErrors(issues)).toEqual([]);
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'description: The description is shorter than 20 characters.',
      'levels.2: No behavioural descriptor for level 2.',
      'levels.3: No behavioural descriptor for level 3.',
    ]);
    const run = await runCli(runCheckContent, [root]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('TODO: No behavioural descriptor for level 2.');
  });

  it('still checks the competencies when framework.yaml fails its schema', () => {
    const root = workspace();
    const file = join(root, 'content', 'framework.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Minimal test framework\n', ''));
    const competency = join(root, 'content', 'competencies', 'value.yaml');
    writeFileSync(competency, readFileSync(competency, 'utf8').replace(/^area: .*$/m, 'area: skilset'));
    const messages = contentErrors(checkContent(root).issues).map((i) => `${i.file} ${i.field}`);
    expect(messages).toEqual(
      expect.arrayContaining(['content/framework.yaml name', 'content/competencies/value.yaml area']),
    );
  });
});
