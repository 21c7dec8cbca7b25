import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../auth/hashSecret.ts';
import { startServerProcess, stopServerProcess } from '../testing/serverProcess.ts';
import { TEST_HASH_COST } from '../testing/testHashCost.ts';
import { basic } from '../testing/testServer.ts';
import { openSqliteRepository } from './sqliteRepository.ts';

const dir = mkdtempSync(join(tmpdir(), 'cohesion-durability-'));
const dbFile = join(dir, 'lrs.sqlite');
const auth = basic('admin', 'durable-secret');
const headers = { Authorization: auth, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' };

/** Starts `server/main.ts` as a real child process on this test's database. */
const startServer = () =>
  startServerProcess({ COHESION_DB_FILE: dbFile, COHESION_SITE_DIR: join(dir, 'no-site'), DATABASE_URL: '' });

const statement = () => ({
  id: randomUUID(),
  actor: { mbox: 'mailto:durable@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:durability' },
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('durability', () => {
  it('keeps every acknowledged statement when the process is killed with SIGKILL right after the acknowledgements', async () => {
    const repository = await openSqliteRepository(dbFile);
    await repository.createUser({
      username: 'admin',
      secretHash: await hashSecret('durable-secret', TEST_HASH_COST),
      role: 'admin',
      agent: null,
      createdMs: Date.now(),
    });
    await repository.close();

    const first = await startServer();
    const acknowledged: string[] = [];
    // 20 concurrent writers: 10 post single statements, 10 post batches of 10.
    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        for (let round = 0; round < 5; round++) {
          const body = writer % 2 === 0 ? [statement()] : Array.from({ length: 10 }, statement);
          const response = await fetch(`${first.url}/xapi/statements`, {
            method: 'POST',
            headers,
            body: JSON.stringify(body),
          });
          expect(response.status).toBe(200);
          acknowledged.push(...((await response.json()) as string[]));
        }
      }),
    );
    await stopServerProcess(first, 'SIGKILL');

    const second = await startServer();
    try {
      const found = new Set<string>();
      let next = '/xapi/statements?limit=500';
      while (next !== '') {
        const page = (await (await fetch(`${second.url}${next}`, { headers })).json()) as {
          statements: { id: string }[];
          more: string;
        };
        for (const s of page.statements) found.add(s.id);
        next = page.more;
      }
      expect(acknowledged).toHaveLength(550);
      expect(acknowledged.filter((id) => !found.has(id))).toEqual([]);
    } finally {
      await stopServerProcess(second, 'SIGKILL');
    }
  }, 30_000);
});
