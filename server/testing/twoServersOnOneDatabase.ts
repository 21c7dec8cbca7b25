import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import { openPostgresRepository } from '../storage/postgresRepository.ts';
import { openSqliteRepository } from '../storage/sqliteRepository.ts';
import { type Counted, serveCounting } from './countingServer.ts';
import { lateBound } from './lateBound.ts';
import type { TestBackend } from './testBackends.ts';
import { TEST_HASH_COST } from './testHashCost.ts';
import { basic } from './testServer.ts';

/** Two counting servers on one fresh database, as two processes behind a load balancer would share it. */
export interface TwoServers {
  servers: [Counted, Counted];
  /** The `Authorization` header of the database's admin. */
  admin: string;
  /** Posts `log` to `server`'s statements resource as the admin, expecting it stored. */
  post: (server: { url: string }, log: LearningStatement[]) => Promise<void>;
  /** Stops both servers and removes the database and the site folder. */
  close: () => Promise<void>;
}

/**
 * Opens a fresh database of `backend` with an admin (`admin` / `adminSecret`), and serves the API twice on it,
 * each server on its own connection, with `curriculum` as the site's curriculum.json.
 */
export async function twoServersOnOneDatabase(
  backend: TestBackend,
  curriculum: unknown,
  adminSecret: string,
): Promise<TwoServers> {
  const site = mkdtempSync(join(tmpdir(), 'cohesion-two-servers-'));
  writeFileSync(join(site, 'curriculum.json'), JSON.stringify(curriculum));
  const opened = await backend.open();
  await opened.repository.createUser({
    username: 'admin',
    secretHash: await hashSecret(adminSecret, TEST_HASH_COST),
    role: 'admin',
    agent: null,
    createdMs: Date.now(),
  });
  const second =
    backend.name === 'sqlite'
      ? await openSqliteRepository(opened.location)
      : await openPostgresRepository(opened.serverEnv.DATABASE_URL!);
  const servers: [Counted, Counted] = [await serveCounting(opened.repository, site), await serveCounting(second, site)];
  const admin = basic('admin', adminSecret);
  return {
    servers,
    admin,
    post: async (server, log) => {
      const response = await fetch(`${server.url}/xapi/statements`, {
        method: 'POST',
        headers: { Authorization: admin, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' },
        body: JSON.stringify(log),
      });
      expect(response.status, await response.text()).toBe(200);
    },
    close: async () => {
      for (const s of servers) {
        await s.app.close();
        await s.repository.close();
      }
      await opened.cleanup();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/**
 * Two servers on a fresh database before each test of the enclosing describe block, stopped and removed
 * after it (`twoServersOnOneDatabase`); the value is usable inside tests and hooks.
 */
export function useTwoServersOnOneDatabase(backend: TestBackend, curriculum: unknown, adminSecret: string): TwoServers {
  const two = lateBound<TwoServers>('pair of servers');
  beforeEach(async () => two.bind(await twoServersOnOneDatabase(backend, curriculum, adminSecret)));
  afterEach(() => two.value.close());
  return two.proxy;
}
