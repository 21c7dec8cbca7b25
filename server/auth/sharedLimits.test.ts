import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../storage/repository.ts';
import { type ServerProcess, startServerProcess, stopServerProcess } from '../testing/serverProcess.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { TEST_HASH_COST } from '../testing/testHashCost.ts';
import { basic } from '../testing/testServer.ts';
import { hashSecret } from './hashSecret.ts';

// PostgreSQL only (testBackends says how to set it up): SQLite serves one process, whose limits stay in memory.
const postgres = TEST_BACKENDS.find((b) => b.name === 'postgres');
const learner = { mbox: 'mailto:limited@example.com' };
/** How long each process may keep a checked credential. */
const CACHE_MS = 500;

describe.runIf(postgres)('limits and revocation shared by two server processes on one PostgreSQL database', () => {
  let servers: ServerProcess[] = [];
  let repository: Repository;
  let cleanup: () => Promise<void>;

  const addUser = async (username: string, role: 'learner' | 'admin', agent: typeof learner | null) =>
    repository.createUser({
      username,
      secretHash: await hashSecret(`secret-${username}`, TEST_HASH_COST),
      role,
      agent,
      createdMs: Date.now(),
    });
  const xapi = (server: ServerProcess, path: string, auth: string, body?: unknown) =>
    fetch(`${server.url}/xapi${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: auth, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    const opened = await postgres!.open();
    repository = opened.repository;
    cleanup = opened.cleanup;
    await addUser('writer', 'learner', learner);
    await addUser('leaving', 'learner', { mbox: 'mailto:leaving@example.com' });
    const env = {
      ...opened.serverEnv,
      AUTH_FAILURES_PER_MINUTE: '4',
      WRITES_PER_MINUTE: '10',
      CREDENTIAL_CACHE_MS: String(CACHE_MS),
      DB_POOL_SIZE: '3',
    };
    servers = await Promise.all([1, 2].map(() => startServerProcess(env)));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServerProcess(s, 'SIGKILL')));
    await repository?.close();
    await cleanup?.();
  });

  it('refuses a removed user in every process within CREDENTIAL_CACHE_MS', async () => {
    const auth = basic('leaving', 'secret-leaving');
    for (const server of servers) expect((await xapi(server, '/statements?limit=1', auth)).status).toBe(200);
    expect(await repository.deleteUser('leaving')).toBe(true);
    // Each process is asked until it refuses, and no more: every refusal counts as a failed check
    // of this address, and the tests after this one need the address's allowance.
    const refusing = new Set<ServerProcess>();
    const refusals = async () => {
      for (const server of servers)
        if (!refusing.has(server) && (await xapi(server, '/statements?limit=1', auth)).status === 401)
          refusing.add(server);
      return refusing.size;
    };
    await expect.poll(refusals, { timeout: CACHE_MS + 2_000 }).toBe(servers.length);
  });

  it("counts a credential's writes on both processes against one allowance", async () => {
    const auth = basic('writer', 'secret-writer');
    let accepted = 0;
    const refused = new Set<number>();
    for (let attempt = 0; refused.size < 2 && attempt < 20; attempt++) {
      const batch = Array.from({ length: 3 }, () => ({
        id: randomUUID(),
        actor: learner,
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
        object: { id: 'urn:test:limits' },
      }));
      const status = (await xapi(servers[attempt % 2]!, '/statements', auth, batch)).status;
      if (status === 200) accepted += batch.length;
      else if (status === 429) refused.add(attempt % 2);
      else throw new Error(`unexpected ${status}`);
    }
    expect(refused.size).toBe(2);
    expect(accepted).toBeGreaterThanOrEqual(9);
    // Each process alone would take 9 (three batches of 3): 18 in all. Shared: the allowance of 10,
    // passed only by a batch a process allowed before it read the other's count.
    expect(accepted).toBeLessThanOrEqual(10 + 3);
  });

  // Last: it leaves this address refused for the rest of the minute.
  it('refuses an address that fails credential checks on both processes once their total reaches the limit (one more per process at most)', async () => {
    const wrong = basic('writer', 'not-the-password');
    const refused = new Set<number>();
    let failedChecks = 0;
    for (let attempt = 0; refused.size < 2 && attempt < 20; attempt++) {
      const status = (await xapi(servers[attempt % 2]!, '/statements?limit=1', wrong)).status;
      if (status === 401) failedChecks++;
      else if (status === 429) refused.add(attempt % 2);
      else throw new Error(`unexpected ${status}`);
    }
    expect(refused.size).toBe(2);
    // Each process alone would allow 4: 8 in all.
    expect(failedChecks).toBeLessThanOrEqual(4 + 1);
  });
});

describe.runIf(postgres)('the enrolment-code limit shared by two server processes on one PostgreSQL database', () => {
  let servers: ServerProcess[] = [];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const opened = await postgres!.open();
    await opened.repository.close();
    cleanup = opened.cleanup;
    const env = { ...opened.serverEnv, AUTH_FAILURES_PER_MINUTE: '4', DB_POOL_SIZE: '3' };
    servers = await Promise.all([1, 2].map(() => startServerProcess(env)));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServerProcess(s, 'SIGKILL')));
    await cleanup?.();
  });

  it('refuses an address that guesses enrolment codes on both processes once their total reaches the limit', async () => {
    const refused = new Set<number>();
    let guesses = 0;
    for (let attempt = 0; refused.size < 2 && attempt < 20; attempt++) {
      const response = await fetch(`${servers[attempt % 2]!.url}/api/enrolments/redeem`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: `GUES-SSSS-${String(attempt).padStart(4, '0')}`, agent: learner }),
      });
      if (response.status === 400) guesses++;
      else if (response.status === 429) refused.add(attempt % 2);
      else throw new Error(`unexpected ${response.status}`);
    }
    expect(refused.size).toBe(2);
    // Each process alone would allow 4 guesses: 8 in all.
    expect(guesses).toBeLessThanOrEqual(4 + 1);
  });
});
