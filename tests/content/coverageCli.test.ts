import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCoverage } from '../../scripts/runCoverage';
import { readCoverageThresholds } from '../../src/authoring/readCoverageThresholds';
import { curriculumWorkspace, FIXTURES } from '../helpers/curriculumWorkspace';
import { PROJECT as project, runCli } from '../helpers/runCli';

/** Runs `npm run coverage <root>` in-process. */
const coverage = (root: string) => runCli(runCoverage, [root]);

/** Runs the real `npm run coverage` entry point in its own process, as CI would. */
function coverageProcess(root: string, env: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/coverage.ts', root], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status, out: `${stdout}${stderr}` };
}

// The minimal curriculum with thresholds it meets: its one orphan module and one-item banks are tolerated.
const PASSING = 'minAssessmentItems: 1\nfailOn: [no-knowledge-check, missing-assessment]\n';

describe('npm run coverage', () => {
  let workspace: ReturnType<typeof curriculumWorkspace>;
  const write = (file: string, text: string) => writeFileSync(join(workspace.root, 'content', file), text);
  beforeEach(() => {
    workspace = curriculumWorkspace();
    write('coverage.yaml', PASSING);
  });
  afterEach(() => workspace.dispose());

  it('prints the matrix and exits 0 when every threshold is met', async () => {
    const { status, out } = await coverage(workspace.root);
    expect(out).toMatch(/^Competency planning\s+–\s+1 thin\s+1 thin\s+0 gap\s+0\.3$/m);
    expect(out).toContain('All coverage thresholds are met (content/coverage.yaml).');
    expect(status).toBe(0);
  });

  it('exits 1 and names the gap when a targeted level has no module', async () => {
    const model = readFileSync(join(workspace.root, 'content/engagement-models/core.yaml'), 'utf8');
    write('engagement-models/core.yaml', `${model}  - { competency: planning, level: 3 }\n`);
    const { status, out } = await coverage(workspace.root);
    expect(out).toMatch(/^Competency planning\s+3\s+1 thin\s+1 thin\s+0 GAP\s+0\.3$/m);
    expect(out).toContain('✗ maxGapsAtOrBelowTarget: 1 level at or below the target has no module (allowed: 0)');
    expect(out).toContain('- Competency planning, level 3 Proficient (target 3)');
    expect(status).toBe(1);
  });

  it('exits 1 naming each health finding that the thresholds fail on', async () => {
    write('coverage.yaml', 'minAssessmentItems: 1\nfailOn: [orphan-module]\n');
    const { status, out } = await coverage(workspace.root);
    expect(out).toContain('✗ failOn: orphan-module');
    expect(out).toContain('- content/modules/planning-in-depth.mdx: “Planning in depth” is in no learning path.');
    expect(status).toBe(1);
  });

  it('exits 1 with file, line and a suggestion when the thresholds file is wrong', async () => {
    write('coverage.yaml', 'maxGapsAtOrBelowTarget: 0\nmaxPrerequisiteChian: 3\n');
    const { status, out } = await coverage(workspace.root);
    expect(out).toContain('content/coverage.yaml:2 (maxPrerequisiteChian)');
    expect(out).toContain('Did you mean "maxPrerequisiteChain"?');
    expect(status).toBe(1);
  });

  it('exits 1 with the content checker’s errors when the content is invalid', async () => {
    workspace.dispose();
    workspace = curriculumWorkspace(join(FIXTURES, 'bad-content', 'unknown-competency'));
    const { status, out } = await coverage(workspace.root);
    expect(out).toMatch(/Found \d+ problems? in content\//);
    expect(out).toContain('Unknown competency');
    expect(status).toBe(1);
  });

  // The one test that starts a process: COHESION_CONTENT_DIR is read once, when the checker loads.
  it('reads the curriculum named by COHESION_CONTENT_DIR, with default thresholds when it has no coverage.yaml', () => {
    const { status, out } = coverageProcess(project, {
      COHESION_CONTENT_DIR: 'tests/fixtures/curricula/minimal/content',
    });
    expect(out).toMatch(/^Coverage: 3 competencies × 3 levels, 4 modules/m);
    expect(out).toContain('(no tests/fixtures/curricula/minimal/content/coverage.yaml, default thresholds)');
    expect(out).toContain('✗ failOn: missing-assessment');
    expect(status).toBe(1);
  });
});

describe('readCoverageThresholds', () => {
  it('uses the defaults when there is no thresholds file', () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      expect(readCoverageThresholds(root)).toMatchObject({
        found: false,
        issues: [],
        thresholds: {
          maxGapsAtOrBelowTarget: 0,
          failOn: ['no-knowledge-check', 'orphan-module', 'missing-assessment'],
        },
      });
    } finally {
      dispose();
    }
  });

  it('explains a value of the wrong kind with the threshold’s own description', () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      writeFileSync(join(root, 'content/coverage.yaml'), '# thresholds\nfailOn: [orphans]\nmoduleWordBudget: lots\n');
      const { issues } = readCoverageThresholds(root);
      expect(issues.map((i) => [i.field, i.line])).toEqual([
        ['failOn[0]', 2],
        ['moduleWordBudget', 3],
      ]);
      expect(issues[0]!.hint).toContain('Any of: no-knowledge-check, orphan-module, missing-assessment, over-length');
    } finally {
      dispose();
    }
  });
});
