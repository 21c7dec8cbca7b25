import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNewModule } from '../../scripts/runNewModule';
import { checkContent } from '../../src/authoring/checkContent';
import { checkContentAndBodies } from '../../src/authoring/checkContentAndBodies';
import { moduleIdFor } from '../../src/authoring/moduleSkeleton';
import { curriculumWorkspace, FIXTURES } from '../helpers/curriculumWorkspace';
import { runCli } from '../helpers/runCli';

const run = (args: string[]) => runCli(runNewModule, args);

describe('npm run new:module', () => {
  it('names the missing option when it has no terminal to ask on', async () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const { status, stderr } = await run(['--root', root, '--develops', 'value:1']);
      expect(status).toBe(1);
      expect(stderr).toContain('new:module: Missing Title. Pass it as an option');
    } finally {
      dispose();
    }
  });

  it('turns a title into a file-name id', () => {
    expect(moduleIdFor('Mapping the Buying-Centre: Café edition!')).toBe('mapping-the-buying-centre-cafe-edition');
  });

  it('writes a skeleton that passes the content check', async () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const { status, out } = await run([
        '--root',
        root,
        '--title',
        'Reading the tender',
        '--develops',
        'value:3',
        '--develops',
        'mapping:1',
        '--prerequisites',
        'value-basics',
        '--duration',
        '15',
      ]);
      expect(status).toBe(0);
      expect(out).toContain('content/modules/reading-the-tender.mdx');
      const text = readFileSync(join(root, 'content/modules/reading-the-tender.mdx'), 'utf8');
      expect(text).toContain('title: Reading the tender');
      expect(text).toMatch(/develops:\n\s+- competency: value\n\s+level: 3\n/);
      expect(checkContent(root).issues).toEqual([]);
      // What is left to write is a warning, line by line, never an error.
      const { issues } = await checkContentAndBodies(root);
      expect(issues.length).toBeGreaterThan(5);
      expect(issues.every((i) => i.severity === 'warning' && i.file === 'content/modules/reading-the-tender.mdx')).toBe(
        true,
      );
    } finally {
      dispose();
    }
  });

  it('prints its help for --help, and names an unknown option instead of failing with a stack trace', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run new:module -- --title');
    expect(help.stdout).toContain('--develops');

    const unknown = await run(['--titel', 'Anything']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("new:module: Unknown option '--titel'");
    expect(unknown.stderr).toContain('--help');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes a neutral skeleton in the site’s own words when the curriculum has no model', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cohesion-example-'));
    cpSync(join(FIXTURES, 'curricula', 'customer-success'), root, { recursive: true });
    try {
      const { status } = await run(['--root', root, '--title', 'Renewal calls', '--develops', 'adoption-signals:1']);
      expect(status).toBe(0);
      const text = readFileSync(join(root, 'content/modules/renewal-calls.mdx'), 'utf8');
      expect(text).not.toMatch(/^model:/m);
      expect(text).not.toMatch(/account|health|engagement model/i);
      expect(text).toContain('<LocalNote region="enterprise">');
      expect(text).toContain('squad Enterprise squad');
      expect(checkContent(root).issues).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses an unknown competency and suggests the closest id', async () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const { status, stderr } = await run(['--root', root, '--title', 'Anything', '--develops', 'valu:2']);
      expect(status).toBe(1);
      expect(stderr).toMatch(/Unknown competency "valu". Did you mean "value"\?/);
    } finally {
      dispose();
    }
  });
});

// COHESION_CONTENT_DIR is read once, when the checker loads: these start a process each.
describe('an absolute COHESION_CONTENT_DIR', () => {
  const project = join(import.meta.dirname, '..', '..');
  const script = (name: string, args: string[], env: Record<string, string>) => {
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { status, out: `${stdout}${stderr}` };
  };

  it('is the folder check:content checks and names, and the folder new:module writes to', () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const env = { COHESION_CONTENT_DIR: join(root, 'content') };
      const made = script('newModule', ['--title', 'Reading the tender', '--develops', 'value:1'], env);
      expect(made.out).toContain(`Wrote ${join(root, 'content')}/modules/reading-the-tender.mdx`);
      expect(made.status).toBe(0);
      expect(readFileSync(join(root, 'content/modules/reading-the-tender.mdx'), 'utf8')).toContain(
        'Reading the tender',
      );

      const check = script('checkContent', [], env);
      expect(check.out).toContain(`${join(root, 'content')}/ is valid: 5 modules`);
      expect(check.status).toBe(0);
    } finally {
      dispose();
    }
  }, 30_000);
});
