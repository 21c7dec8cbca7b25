import { join } from 'node:path';
import { installFolderPackage } from './installFolderPackage';

/** The folder package (tests/lrs) that holds the third-party LRS, apart from the project's own install. */
const lrsPackage = join(import.meta.dirname, '..', 'lrs');
/** The LRS's entry point once its package is installed. */
export const xapiStatementsEntry = join(lrsPackage, 'node_modules', 'xapi-statements', 'dist', 'index.js');

/**
 * Installs tests/lrs (xapi-statements and its ~380 packages) from its own lockfile the first time a test
 * needs it, like `npm run bench` installs tests/bench; later calls return at once. Throws with npm's output
 * when it fails.
 */
export function installTestLrs({ timeoutMs = 600_000 }: { timeoutMs?: number } = {}): Promise<void> {
  return installFolderPackage(lrsPackage, xapiStatementsEntry, { timeoutMs });
}
