import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { moduleIdFor } from '../../src/authoring/moduleSkeleton';
import { curriculumWorkspace } from '../helpers/curriculumWorkspace';

const run = (args: string[]) => execFileSync('npx', ['tsx', 'scripts/newModule.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('npm run new:module', () => {
  it('turns a title into a file-name id', () => {
    expect(moduleIdFor('Mapping the Buying-Centre: Café edition!')).toBe('mapping-the-buying-centre-cafe-edition');
  });

  it('writes a skeleton that passes the content check', () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const out = run(['--root', root, '--title', 'Reading the tender', '--develops', 'value:3', '--develops', 'mapping:1', '--prerequisites', 'value-basics', '--duration', '15']);
      expect(out).toContain('content/modules/reading-the-tender.mdx');
      const text = readFileSync(join(root, 'content/modules/reading-the-tender.mdx'), 'utf8');
      expect(text).toContain('title: Reading the tender');
      expect(text).toMatch(/develops:\n\s+- competency: value\n\s+level: 3\n/);
      expect(checkContent(root).issues).toEqual([]);
    } finally {
      dispose();
    }
  });

  it('refuses an unknown competency and suggests the closest id', () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      expect(() => run(['--root', root, '--title', 'Anything', '--develops', 'valu:2'])).toThrow(/Unknown competency "valu". Did you mean "value"\?/);
    } finally {
      dispose();
    }
  });
});
