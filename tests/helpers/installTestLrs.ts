import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The folder package (tests/lrs) that holds the third-party LRS, apart from the project's own install. */
const lrsPackage = join(import.meta.dirname, '..', 'lrs');
/** The LRS's entry point once its package is installed. */
export const xapiStatementsEntry = join(lrsPackage, 'node_modules', 'xapi-statements', 'dist', 'index.js');

/**
 * Installs tests/lrs (xapi-statements and its ~380 packages) from its own lockfile the first time a test
 * needs it, like `npm run bench` installs tests/bench; later calls return at once. Test files run in parallel,
 * so one install holds a lock folder and the others wait for it. Throws with npm's output when it fails.
 */
export async function installTestLrs({ timeoutMs = 600_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const lock = join(lrsPackage, '.installing');
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(xapiStatementsEntry)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is installing it.
      if (Date.now() > deadline) throw new Error(`tests/lrs was not installed within ${timeoutMs} ms (lock: ${lock})`);
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(xapiStatementsEntry)) return;
      const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: lrsPackage,
        encoding: 'utf8',
        timeout: timeoutMs,
      });
      if (npm.status !== 0 || !existsSync(xapiStatementsEntry))
        throw new Error(`Installing the test LRS (npm ci in tests/lrs) failed:\n${npm.stdout}${npm.stderr}`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
