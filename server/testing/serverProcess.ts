import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_HASH_COST } from './testHashCost.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** A `server/main.ts` child process and where it listens. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
}

/**
 * Starts `server/main.ts` of the source tree at `tree` (this one by default) as a child process on a
 * free port of 127.0.0.1 with `env` over the current environment, resolving once it listens;
 * `nodeArgs` go to Node before the script (e.g. `--cpu-prof` for a bench's profile).
 */
export function startServerProcess(
  env: Record<string, string>,
  tree = root,
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, join(tree, 'server/main.ts')], {
    cwd: tree,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      COHESION_SITE_DIR: '/nonexistent',
      PASSWORD_HASH_COST: String(TEST_HASH_COST),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cohesion listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1]!, output: () => output });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
}

/** Sends `signal` (SIGTERM by default) to a server process and resolves with its exit code once it has exited. */
export async function stopServerProcess(
  server: { child: ChildProcess },
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill(signal);
  return exited;
}
