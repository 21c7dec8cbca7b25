import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runItems } from '../../scripts/runItems';
import { type LearningStatement, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { curriculumWorkspace } from '../helpers/curriculumWorkspace';
import { runCli } from '../helpers/runCli';

/** 40 learners' first answers to deeper-mapping's "first": 30 choose the wrong option, 10 the right one. */
function exported(): LearningStatement[] {
  return Array.from({ length: 40 }, (_, i) => {
    const stamp = testStamp({ name: `l${i}`, prefix: String(i).padStart(8, '0') });
    const right = i < 10;
    return statements.answeredCheck(stamp, 'deeper-mapping', 'first', right, right ? [0] : [1]);
  });
}

describe('npm run items', () => {
  let workspace: ReturnType<typeof curriculumWorkspace>;
  const file = (name: string, text: string) => {
    writeFileSync(join(workspace.root, name), text);
    return name;
  };
  const items = (...argv: string[]) => runCli(runItems, argv, { cwd: workspace.root });
  beforeEach(() => {
    workspace = curriculumWorkspace();
  });
  afterEach(() => workspace.dispose());

  it('prints each flagged question with the module file to fix, and exits 1', async () => {
    const { status, stdout } = await items(file('statements.json', JSON.stringify(exported())));
    expect(stdout).toContain(
      'content/modules/deeper-mapping.mdx  check "first" (40 responses): too hard: 25% right at the first attempt',
    );
    expect(stdout).toContain(
      'content/modules/deeper-mapping.mdx  check "first" (40 responses): wrong option 2 ("The wrong one") is chosen more often than the right answer (75% of first attempts)',
    );
    expect(stdout).toContain('1 of 1 analysed questions flagged.');
    expect(status).toBe(1);
  });

  it('analyses nothing below the minimum number of responses, and exits 0', async () => {
    const { status, stdout } = await items(
      file('statements.json', JSON.stringify({ statements: exported() })),
      '--min-responses',
      '41',
    );
    expect(stdout).toContain('No question is flagged.');
    expect(stdout).toMatch(/\d+ questions have fewer than 41 responses: not analysed\./);
    expect(status).toBe(0);
  });

  it('refuses a file that is not a list of statements, saying which statement and why', async () => {
    const bad = await items(file('bad.json', JSON.stringify([...exported().slice(0, 2), { id: 'x' }])));
    expect(bad.stderr).toMatch(/^bad\.json: statement 3 is not an xAPI statement: /);
    expect(bad.status).toBe(1);
    const notJson = await items(file('not.json', '{'));
    expect(notJson.stderr).toMatch(/^not\.json: not JSON/);
    const noFile = await items('missing.json');
    expect(noFile.stderr).toContain('missing.json: cannot read the file.');
    expect((await items()).stderr).toContain('Usage: npm run items -- <statements.json>');
    expect((await items(file('s.json', '[]'), '--min-responses', 'zero')).stderr).toContain(
      '--min-responses zero: give a whole number of at least 1.',
    );
  });
});
