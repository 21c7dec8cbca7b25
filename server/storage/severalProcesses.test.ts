import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../auth/hashSecret.ts';
import { type ServerProcess, startServerProcess, stopServerProcess } from '../testing/serverProcess.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { TEST_HASH_COST } from '../testing/testHashCost.ts';
import { basic } from '../testing/testServer.ts';

// PostgreSQL only (testBackends says how to set it up): SQLite is one process by design.
const postgres = TEST_BACKENDS.find((b) => b.name === 'postgres');
const admin = basic('admin', 'several-secret');

interface Page {
  statements: { id: string; stored: string }[];
  more: string;
}

const statement = (writer: string, id = randomUUID()) => ({
  id,
  actor: { mbox: `mailto:${writer}@example.com` },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:several-processes' },
});

/** fetch against one process's LRS as the admin. */
const xapi = (server: ServerProcess, path: string, init: RequestInit = {}) =>
  fetch(`${server.url}/xapi${path}`, {
    ...init,
    headers: {
      Authorization: admin,
      'X-Experience-API-Version': '2.0.0',
      'Content-Type': 'application/json',
      ...(init.headers as Record<string, string>),
    },
  });

const post = (server: ServerProcess, body: unknown) =>
  xapi(server, '/statements', { method: 'POST', body: JSON.stringify(body) });

/** Every statement the process returns, following `more` to the end. */
async function everything(server: ServerProcess): Promise<Page['statements']> {
  const all: Page['statements'] = [];
  let next = '/statements?limit=500&ascending=true';
  while (next !== '') {
    const page = (await (await xapi(server, next)).json()) as Page;
    all.push(...page.statements);
    next = page.more.replace(/^\/xapi/, '');
  }
  return all;
}

describe.runIf(postgres)('three server processes on one PostgreSQL database', () => {
  let servers: ServerProcess[] = [];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const opened = await postgres!.open();
    await opened.repository.createUser({
      username: 'admin',
      secretHash: await hashSecret('several-secret', TEST_HASH_COST),
      role: 'admin',
      agent: null,
      createdMs: Date.now(),
    });
    await opened.repository.close();
    cleanup = opened.cleanup;
    servers = await Promise.all([1, 2, 3].map(() => startServerProcess({ ...opened.serverEnv, DB_POOL_SIZE: '5' })));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServerProcess(s, 'SIGKILL')));
    await cleanup?.();
  });

  it('loses and duplicates nothing under writers on all three, while paging and Consistent-Through stay true in the others', async () => {
    const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const before = Array.from({ length: 120 }, () => statement('before'));
    expect((await post(a, before)).status).toBe(200);
    const sent = new Set(before.map((s) => s.id));
    const shared = Array.from({ length: 6 }, () => statement('shared'));
    let writing = true;

    const writers = Promise.all(
      Array.from({ length: 24 }, async (_, writer) => {
        const server = servers[writer % 3]!;
        for (let round = 0; round < 5; round++) {
          const batch =
            round % 2 === 0 ? [statement(`w${writer}`)] : Array.from({ length: 8 }, () => statement(`w${writer}`));
          for (const s of batch) sent.add(s.id);
          expect((await post(server, batch)).status).toBe(200);
        }
        // The same statements retried through every process: stored once, never refused.
        const retry = shared[writer % shared.length]!;
        sent.add(retry.id);
        expect((await post(server, [retry])).status).toBe(200);
      }),
    ).finally(() => (writing = false));

    // `more` links followed in turn on the other two processes, from a page begun before the writes.
    const paged: Page['statements'] = [];
    const reader = (async () => {
      let next = '/statements?limit=15&ascending=true';
      for (let hop = 0; next !== ''; hop++) {
        const page = (await (await xapi(hop % 2 === 0 ? b : c, next)).json()) as Page;
        paged.push(...page.statements);
        next = page.more.replace(/^\/xapi/, '');
      }
    })();

    // Each answer's Consistent-Through against the page it came with (newest first).
    const samples: { through: string; page: Page['statements'] }[] = [];
    const sampler = (async () => {
      while (writing) {
        const response = await xapi(samples.length % 2 === 0 ? c : b, '/statements?limit=100');
        const page = (await response.json()) as Page;
        samples.push({ through: response.headers.get('x-experience-api-consistent-through')!, page: page.statements });
      }
    })();

    await Promise.all([writers, reader, sampler]);
    const stored = await everything(a);
    expect(stored.map((s) => s.id).sort()).toEqual([...sent].sort());

    const pagedIds = paged.map((s) => s.id);
    expect(new Set(pagedIds).size).toBe(pagedIds.length);
    for (const s of before) expect(pagedIds).toContain(s.id);
    // In stored order: the same order as the whole stored list.
    const position = new Map(stored.map((s, i) => [s.id, i]));
    const positions = pagedIds.map((id) => position.get(id)!);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));

    expect(samples.length).toBeGreaterThan(3);
    for (const { through, page } of samples) {
      // Every statement stored at or before `through` (and after the oldest shown) is in the page.
      const oldest = page.length === 100 ? page.at(-1)!.stored : '';
      const shown = new Set(page.map((s) => s.id));
      const missing = stored.filter((s) => s.stored > oldest && s.stored <= through && !shown.has(s.id));
      expect(missing, `Consistent-Through ${through}`).toEqual([]);
    }
  }, 60_000);

  it('keeps ETags and If-Match true across processes: of concurrent writers with the same ETag one wins', async () => {
    const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:doc@example.com' }));
    const path = `/activities/state?activityId=urn:test:doc&stateId=s&agent=${agent}`;
    const put = (server: ServerProcess, body: unknown, headers: Record<string, string>) =>
      xapi(server, path, { method: 'PUT', body: JSON.stringify(body), headers });

    expect((await put(a, { v: 1 }, { 'If-None-Match': '*' })).status).toBe(204);
    expect((await put(b, { v: 1 }, { 'If-None-Match': '*' })).status).toBe(412);
    const first = (await xapi(c, path)).headers.get('etag')!;
    expect((await put(b, { v: 2 }, { 'If-Match': first })).status).toBe(204);
    expect((await put(c, { v: 3 }, { 'If-Match': first })).status).toBe(412);
    const second = await xapi(a, path);
    expect(await second.json()).toEqual({ v: 2 });

    const etag = second.headers.get('etag')!;
    const racers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => put(servers[i % 3]!, { v: 10 + i }, { 'If-Match': etag })),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([204, 412, 412, 412, 412, 412, 412, 412, 412]);
    const winner = racers.findIndex((r) => r.status === 204);
    for (const server of servers) expect(await (await xapi(server, path)).json()).toEqual({ v: 10 + winner });
  });

  it('shows a statement voided in one process as voided in every process', async () => {
    const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const target = statement('voided');
    expect((await post(a, [target])).status).toBe(200);
    expect((await xapi(b, `/statements?statementId=${target.id}`)).status).toBe(200);
    const voiding = {
      ...statement('voider'),
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: target.id },
    };
    expect((await post(c, [voiding])).status).toBe(200);
    for (const server of servers) {
      expect((await xapi(server, `/statements?statementId=${target.id}`)).status).toBe(404);
      expect((await xapi(server, `/statements?voidedStatementId=${target.id}`)).status).toBe(200);
    }
  });

  it('keeps every acknowledged statement when one of the three is killed with SIGKILL under load', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const acknowledged: string[] = [];
    let refused = 0;
    const load = Promise.all(
      Array.from({ length: 18 }, async (_, writer) => {
        for (let round = 0; round < 8; round++) {
          const batch = Array.from({ length: round % 2 === 0 ? 1 : 6 }, () => statement(`k${writer}`));
          try {
            const response = await post(servers[writer % 3]!, batch);
            if (response.status === 200) acknowledged.push(...((await response.json()) as string[]));
            else refused++;
          } catch {
            refused++; // the killed process's connections fail: those statements were never acknowledged
          }
        }
      }),
    );
    // Killed mid-load: once some batches are acknowledged and more are on their way.
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(10);
    await stopServerProcess(a, 'SIGKILL');
    await load;
    expect(refused).toBeGreaterThan(0);
    const ids = new Set((await everything(b)).map((s) => s.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  }, 60_000);
});
