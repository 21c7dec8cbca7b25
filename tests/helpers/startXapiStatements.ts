import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTestLrs, xapiStatementsEntry } from './installTestLrs';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Learning Locker's `xapi-statements` (GPL, its own package in tests/lrs, installed on first use) as a third-party LRS:
 * in memory, any Basic credentials accepted, statements only (it has no State resource), xAPI 1.0.x.
 * Its endpoint is `${url}/xAPI/`. Resolves once the server says it is ready; rejects, with everything
 * it printed, when it exits first or is not ready within `readyTimeoutMs`.
 */
export async function startXapiStatements({
  port,
  readyTimeoutMs = 30_000,
}: {
  port?: number;
  readyTimeoutMs?: number;
} = {}): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  await installTestLrs();
  const listenOn = port ?? (await freePort());
  const storage = mkdtempSync(join(tmpdir(), 'xapi-statements-'));
  // The IPC channel is how xapi-statements says it listens (`process.send('ready')`).
  const child = spawn(process.execPath, [xapiStatementsEntry], {
    env: {
      ...process.env,
      EXPRESS_PORT: String(listenOn),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      WINSTON_CONSOLE_LEVEL: 'error',
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: storage,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
    rmSync(storage, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `xapi-statements was not ready within ${readyTimeoutMs} ms on port ${listenOn}. Its output:\n${output}`,
            ),
          ),
        readyTimeoutMs,
      );
      child.on('message', (message) => {
        if (message !== 'ready') return;
        clearTimeout(timer);
        resolve();
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(
            `xapi-statements exited (${signal ?? `code ${code}`}) before it was ready on port ${listenOn}. Its output:\n${output}`,
          ),
        );
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`xapi-statements could not be started: ${error.message}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint: `http://127.0.0.1:${listenOn}/xAPI/`, stop };
}
