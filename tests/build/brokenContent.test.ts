import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckContent } from '../../scripts/runCheckContent';
import { projectCopy } from '../helpers/projectCopy';
import { runCli } from '../helpers/runCli';

/** The real build, in its own process, as CI runs it. */
const run = (cwd: string, script: string) =>
  spawnSync('npm', ['run', '--silent', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', COHESION_CONTENT_DIR: '' },
  });

describe('a broken reference in content/', () => {
  it('fails check:content and the build with the file and field, and builds no site', async () => {
    const { root, dispose } = projectCopy('unknown-competency');
    try {
      const check = await runCli(runCheckContent, [], { cwd: root });
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('content/modules/deeper-mapping.mdx:5 (develops[0].competency)');
      expect(check.stderr).toContain('Unknown competency "mappin". Did you mean "mapping"?');

      const build = run(root, 'build');
      expect(build.status).not.toBe(0);
      const output = build.stdout + build.stderr;
      expect(output).toContain('The curriculum has errors; nothing was built.');
      expect(output).toContain('content/modules/deeper-mapping.mdx:5 (develops[0].competency)');
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      dispose();
    }
  }, 90_000);

  it('fails the build on a module body mistake through the same MDX pipeline as check:content, at the author line', async () => {
    const { root, dispose } = projectCopy('lower-case-component');
    try {
      const check = await runCli(runCheckContent, [], { cwd: root });
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('content/modules/intro-mapping.mdx:18:1 (<callout>)');

      const build = run(root, 'build');
      expect(build.status).not.toBe(0);
      const output = build.stdout + build.stderr;
      expect(output).toContain('<callout> is not a component');
      expect(output).toMatch(/content\/modules\/intro-mapping\.mdx:18/);
    } finally {
      dispose();
    }
    // The body is compiled when its page renders, after the bundling: the build fails later than it did.
  }, 300_000);
});
