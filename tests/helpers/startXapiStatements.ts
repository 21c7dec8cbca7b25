import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Learning Locker's `xapi-statements` (GPL, a devDependency used only here) as a third-party LRS:
 * in memory, any Basic credentials accepted, statements only (it has no State resource), xAPI 1.0.x.
 * Its endpoint is `${url}/xAPI/`.
 */
export async function startXapiStatements(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'xapi-statements-'));
  const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'node_modules', 'xapi-statements', 'dist', 'index.js')], {
    env: { ...process.env, EXPRESS_PORT: String(port), MODELS_REPO: 'memory', STORAGE_REPO: 'memory', AUTH_REPO: 'test', EVENTS_REPO: 'test', WINSTON_CONSOLE_LEVEL: 'error', FS_LOCAL_STORAGE_DIR: storage, EXPRESS_MORGAN_DIRECTORY: storage },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${endpoint}about`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    endpoint,
    stop: async () => {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
