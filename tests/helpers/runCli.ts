import { join } from 'node:path';
import type { CliIo } from '../../scripts/cliIo';

/** The project root, the working folder npm scripts run in. */
export const PROJECT = join(import.meta.dirname, '..', '..');

/**
 * Runs a script's `run(argv, io)` in-process, as `npm run …` would from `cwd` (the project root by
 * default), and returns its exit code with what it wrote to each stream.
 */
export async function runCli(
  run: (argv: readonly string[], io: CliIo) => number | Promise<number>,
  argv: readonly string[],
  { cwd = PROJECT }: { cwd?: string } = {},
) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr, out: `${stdout}${stderr}` };
}
