import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNewModule } from '../../scripts/runNewModule';
import { checkContent } from '../../src/authoring/checkContent';
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
    } finally {
      dispose();
    }
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
