import { createHash, randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from './testing/testBackends.ts';
import { startTestServer, useTestServer } from './testing/testServer.ts';
import { buildMultipartMixed } from './xapi/multipartMixed.ts';

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const learnerAgent = { objectType: 'Agent' as const, account: { homePage: 'https://cohesion.example', name: 'flood' } };
const statement = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  actor: learnerAgent,
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:robust' },
  ...over,
});
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe.each(TEST_BACKENDS)('bad input gets a 4xx, never a 500 or a hang ($name)', (backend) => {
  const { server, admin } = useTestServer(backend, {
    REQUEST_TIMEOUT_MS: '1000',
    CONNECTION_TIMEOUT_MS: '20000',
    WRITES_PER_MINUTE: '30',
  });

  it('refuses JSON nested deeper than 64 levels with 400 on every endpoint, the unauthenticated redeem included', async () => {
    const deep = nested(10_000);
    const statements = await server.xapi('/statements', { method: 'POST', auth: admin, body: `[${deep}]` });
    expect(statements.status).toBe(400);
    expect((await statements.json()).message).toMatch(/nested more than 64 levels/);
    const state = await server.xapi(
      `/activities/state?activityId=urn:x&agent=${encodeURIComponent(JSON.stringify(learnerAgent))}&stateId=s`,
      { method: 'PUT', auth: admin, body: deep },
    );
    expect(state.status).toBe(400);
    const redeem = await fetch(`${server.url}/api/enrolments/redeem`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"code":"X","agent":${deep}}`,
    });
    expect(redeem.status).toBe(400);
    expect((await redeem.json()).message).toMatch(/nested more than 64 levels/);
    const { contentType, body } = buildMultipartMixed([
      { headers: { 'Content-Type': 'application/json' }, body: deep },
    ]);
    expect(
      (
        await server.xapi('/statements', {
          method: 'POST',
          auth: admin,
          body: new Uint8Array(body),
          headers: { 'Content-Type': contentType },
        })
      ).status,
    ).toBe(400);
    // 64 levels are fine: the limit is not lower than documented.
    expect(
      (
        await server.xapi(
          `/activities/state?activityId=urn:x&agent=${encodeURIComponent(JSON.stringify(learnerAgent))}&stateId=s64`,
          { method: 'PUT', auth: admin, body: nested(63) },
        )
      ).status,
    ).toBe(204);
  });

  it('refuses a malformed or prototype-polluting JSON body on /api/ with 400, and a body that is not JSON with 415', async () => {
    const redeem = (body: string, type = 'application/json') =>
      fetch(`${server.url}/api/enrolments/redeem`, { method: 'POST', headers: { 'Content-Type': type }, body });
    const malformed = await redeem('{"code":');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/not valid JSON/);
    const polluting = await redeem('{"code":"X","__proto__":{"admin":true}}');
    expect(polluting.status).toBe(400);
    expect((await redeem('code=X', 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('refuses a malformed JWS signature (null header, null payload, x5c not a certificate) with 400', async () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = statement({ actor: { mbox: 'mailto:signer@example.com' } });
    const jwsCases = {
      'null header': `${b64(null)}.${b64(unsigned)}.c2ln`,
      'null payload': `${b64({ alg: 'RS256' })}.${b64(null)}.c2ln`,
      'payload without object': `${b64({ alg: 'RS256' })}.${b64({ actor: unsigned.actor, timestamp: 'not a date' })}.c2ln`,
      'x5c not a certificate': `${b64({ alg: 'RS256', x5c: ['bm90IGEgY2VydA=='] })}.${b64(unsigned)}.c2ln`,
    };
    for (const [what, jws] of Object.entries(jwsCases)) {
      const signed = {
        ...unsigned,
        attachments: [
          {
            usageType: 'http://adlnet.gov/expapi/attachments/signature',
            display: { 'en-US': 'Signature' },
            contentType: 'application/octet-stream',
            length: jws.length,
            sha2: sha256(jws),
          },
        ],
      };
      const { contentType, body } = buildMultipartMixed([
        { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(signed) },
        {
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Transfer-Encoding': 'binary',
            'X-Experience-API-Hash': sha256(jws),
          },
          body: jws,
        },
      ]);
      const response = await server.xapi('/statements', {
        method: 'POST',
        auth: admin,
        body: new Uint8Array(body),
        headers: { 'Content-Type': contentType },
      });
      expect(response.status, what).toBe(400);
      expect((await response.json()).message, what).toMatch(/sign/);
    }
  });

  it('closes a connection whose body stalls instead of holding the socket', async () => {
    const { port } = new URL(server.url);
    const started = Date.now();
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /xapi/statements HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nX-Experience-API-Version: 2.0.0\r\nAuthorization: ${admin}\r\n\r\n[{"actor":`,
        );
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.setTimeout(10_000, () => socket.destroy());
    });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(closed === '' || /^HTTP\/1\.1 408/.test(closed)).toBe(true);
  });

  it('limits the writes of one learner credential per minute with 429 and Retry-After, recording nothing of the refused batch', async () => {
    const learner = await server.addUser('flooder', 'learner', learnerAgent);
    const other = await server.addUser('neighbour', 'learner', {
      ...learnerAgent,
      account: { ...learnerAgent.account, name: 'neighbour' },
    });
    const batch = Array.from({ length: 25 }, () => statement());
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: learner, body: JSON.stringify(batch) })).status,
    ).toBe(200);
    const refusedBatch = Array.from({ length: 10 }, () => statement());
    const refused = await server.xapi('/statements', {
      method: 'POST',
      auth: learner,
      body: JSON.stringify(refusedBatch),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).message).toMatch(/WRITES_PER_MINUTE/);
    expect((await server.xapi(`/statements?statementId=${refusedBatch[0]!.id}`, { auth: admin })).status).toBe(404);
    // Another credential has its own allowance; admins (the conformance suite, imports) are not limited.
    const neighbour = statement({
      actor: { ...learnerAgent, account: { ...learnerAgent.account, name: 'neighbour' } },
    });
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: other, body: JSON.stringify(neighbour) })).status,
    ).toBe(200);
    expect(
      (
        await server.xapi('/statements', {
          method: 'POST',
          auth: admin,
          body: JSON.stringify(Array.from({ length: 40 }, () => statement())),
        })
      ).status,
    ).toBe(200);
  });
});

describe.each(TEST_BACKENDS)('storage failures ($name)', (backend) => {
  it('answers 503 with a message when the database cannot take writes, and logs the real cause', async () => {
    const logs: string[] = [];
    const server = await startTestServer(
      backend,
      {},
      { readOnly: true, logStream: { write: (line) => logs.push(line) } },
    );
    try {
      const auth = await server.addUser('admin', 'admin');
      const response = await server.xapi('/statements', { method: 'POST', auth, body: JSON.stringify(statement()) });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect((await response.json()).message).toMatch(/nothing was recorded/);
      const logged = logs.join('\n');
      expect(logged).toMatch(/storage unavailable/);
      expect(logged).toMatch(/read-?only/i);
      expect(logged).not.toMatch(/cannot rollback/);
    } finally {
      await server.close();
    }
  });
});
