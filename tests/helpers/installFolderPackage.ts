import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const project = join(import.meta.dirname, '..', '..');

/**
 * Installs a folder package (one with its own package.json and lockfile, kept out of the root install) the
 * first time a test needs it, by `npm <args>` in that folder; returns at once when `entry` (a file of the
 * installed package) exists. Test files run in parallel, so one install holds the lock folder
 * `<folder>/.installing` and the others wait for it. Throws with npm's output when it fails.
 */
export async function installFolderPackage(
  folder: string,
  entry: string,
  { args = ['ci'], timeoutMs = 600_000 }: { args?: string[]; timeoutMs?: number } = {},
): Promise<void> {
  const lock = join(folder, '.installing');
  const name = relative(project, folder);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(entry)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is installing it.
      if (Date.now() > deadline) throw new Error(`${name} was not installed within ${timeoutMs} ms (lock: ${lock})`);
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(entry)) return;
      const npm = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: folder,
        encoding: 'utf8',
        timeout: timeoutMs,
      });
      if (npm.status !== 0 || !existsSync(entry))
        throw new Error(`Installing ${name} (npm ${args.join(' ')} in ${name}) failed:\n${npm.stdout}${npm.stderr}`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
