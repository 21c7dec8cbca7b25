import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret } from './auth/hashSecret.ts';
import { runCli } from './cli.ts';
import { openSqliteRepository } from './storage/sqliteRepository.ts';
import { startServerProcess, stopServerProcess } from './testing/serverProcess.ts';
import { storableStatement } from './testing/storableStatement.ts';
import { TEST_BACKENDS } from './testing/testBackends.ts';
import { TEST_HASH_COST } from './testing/testHashCost.ts';
import { basic, startTestServer, useTestServer } from './testing/testServer.ts';
import { isSameStatement } from './xapi/compareStatements.ts';

const dir = mkdtempSync(join(tmpdir(), 'cohesion-operations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(TEST_BACKENDS)('health, readiness and request ids ($name)', (backend) => {
  const { server, admin } = useTestServer(backend);

  it('answers /healthz and /readyz without credentials while the database answers', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('says /readyz 503 when the database does not answer, while /healthz stays 200', async () => {
    const broken = await startTestServer(backend);
    try {
      await broken.repository.close();
      const ready = await fetch(`${broken.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      expect((await ready.json()).message).toMatch(/database does not answer/);
      expect((await fetch(`${broken.url}/healthz`)).status).toBe(200);
    } finally {
      await broken.close().catch(() => {}); // its repository is closed already
    }
  });

  it('gives every response an X-Request-Id, keeps a plain one the proxy sent, and logs with it (health probes unlogged)', async () => {
    const lines: string[] = [];
    const logged = await startTestServer(backend, {}, { logStream: { write: (line) => lines.push(line) } });
    try {
      const fresh = await fetch(`${logged.url}/xapi/about`);
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const given = await logged.xapi('/statements', { headers: { 'X-Request-Id': 'proxy-1234.abc' } });
      expect(given.status).toBe(401);
      expect(given.headers.get('x-request-id')).toBe('proxy-1234.abc');
      const forged = await fetch(`${logged.url}/healthz`, { headers: { 'X-Request-Id': 'a b\tfake="line"' } });
      expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const entries = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string; req?: { url: string } });
      expect(entries.filter((e) => e.reqId === 'proxy-1234.abc').map((e) => e.msg)).toEqual([
        'incoming request',
        'request completed',
      ]);
      // Health probes come every few seconds from every load balancer: they would drown the log.
      expect(entries.filter((e) => e.reqId === forged.headers.get('x-request-id'))).toEqual([]);
      expect(entries.some((e) => e.req?.url === '/xapi/about')).toBe(true);
    } finally {
      await logged.close();
    }
    expect(admin).toBeDefined();
  });
});

describe('graceful shutdown (SIGTERM)', () => {
  it('finishes a request in flight when SIGTERM arrives: it gets its 200 and its statement is stored', async () => {
    const dbFile = join(dir, 'shutdown.sqlite');
    const repository = await openSqliteRepository(dbFile);
    await repository.createUser({
      username: 'admin',
      secretHash: await hashSecret('shutdown-secret', TEST_HASH_COST),
      role: 'admin',
      agent: null,
      createdMs: Date.now(),
    });
    await repository.close();
    // Logged at info, so the test can see the request arrive and the shutdown begin.
    const env = { COHESION_DB_FILE: dbFile, DATABASE_URL: '', LOG_LEVEL: 'info' };
    const first = await startServerProcess(env);
    const statement = {
      id: randomUUID(),
      actor: { mbox: 'mailto:shutdown@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      object: { id: 'urn:test:shutdown' },
    };
    const text = JSON.stringify([statement]);
    // The body is sent in two parts, SIGTERM between them: the request is in flight when it arrives.
    const request = httpRequest(`${first.url}/xapi/statements`, {
      method: 'POST',
      headers: {
        Authorization: basic('admin', 'shutdown-secret'),
        'X-Experience-API-Version': '2.0.0',
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(text)),
      },
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      });
      request.on('error', reject);
    });
    request.write(text.slice(0, 20));
    await expect.poll(() => first.output(), { timeout: 10_000 }).toContain('incoming request');
    const exit = stopServerProcess(first, 'SIGTERM');
    await expect.poll(() => first.output(), { timeout: 10_000 }).toContain('SIGTERM: finishing requests in flight');
    request.end(text.slice(20));
    const response = await answer;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual([statement.id]);
    // Promptly, although the client would keep its connection open for the next request.
    const exitStarted = Date.now();
    expect(await exit).toBe(0);
    expect(Date.now() - exitStarted).toBeLessThan(5_000);

    const reopened = await openSqliteRepository(dbFile);
    expect((await reopened.findStatement(statement.id))?.statement.id).toBe(statement.id);
    await reopened.close();
  }, 30_000);
});

describe('backup and restore (SQLite, `server/cli.ts backup|restore FILE`)', () => {
  it('restores the database as it was when backed up, and refuses a file that is not a backup', async () => {
    const dbFile = join(dir, 'live.sqlite');
    const backupFile = join(dir, 'backup.sqlite');
    const env = { COHESION_DB_FILE: dbFile, DATABASE_URL: '' };
    const before = storableStatement();
    const after = storableStatement();
    let repository = await openSqliteRepository(dbFile);
    await repository.insertStatements([before], [], isSameStatement);
    await repository.close();

    expect(await runCli(['backup', backupFile], env)).toBe(`Backed up ${dbFile} to ${backupFile}.`);
    await expect(runCli(['backup', backupFile], env)).rejects.toThrow(/exists already/);
    repository = await openSqliteRepository(dbFile);
    await repository.insertStatements([after], [], isSameStatement);
    await repository.close();

    expect(await runCli(['restore', backupFile], env)).toBe(`Restored ${dbFile} from ${backupFile}.`);
    repository = await openSqliteRepository(dbFile);
    expect(await repository.findStatement(before.statement.id!)).toBeDefined();
    expect(await repository.findStatement(after.statement.id!)).toBeUndefined();
    await repository.close();

    const notABackup = join(dir, 'not-a-backup.sqlite');
    writeFileSync(notABackup, '');
    await expect(runCli(['restore', notABackup], env)).rejects.toThrow(/not a Cohesion database/);
  });

  it('names pg_dump and pg_restore for PostgreSQL', async () => {
    await expect(
      runCli(['backup', join(dir, 'x.dump')], { DATABASE_URL: 'postgres://nobody@localhost/none' }),
    ).rejects.toThrow(/pg_dump --format=custom/);
  });
});
