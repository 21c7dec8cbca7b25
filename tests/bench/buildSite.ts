import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const project = join(import.meta.dirname, '..', '..');

/**
 * Builds the site from a given `content/` folder in a throwaway copy of the project (so caches
 * and outputs never touch the checkout) and returns where it went and how long it took.
 * `content` undefined builds the checkout's own content.
 */
export async function buildSite(content: string | undefined, outDir: string): Promise<{ seconds: number }> {
  const root = mkdtempSync(join(tmpdir(), 'cohesion-build-'));
  try {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(root, entry), { recursive: true });
    cpSync(content ?? join(project, 'content'), join(root, 'content'), { recursive: true });
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
    rmSync(outDir, { recursive: true, force: true });
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
        cwd: root,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', COHESION_CONTENT_DIR: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The build failed (exit ${code}):\n${stderr.slice(-2000)}`))));
    });
    return { seconds: (performance.now() - start) / 1000 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
