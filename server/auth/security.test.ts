import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic, startTestServer, useTestServer } from '../testing/testServer.ts';

const home = 'https://cohesion.example';
const alice = { objectType: 'Agent' as const, account: { homePage: home, name: 'alice' } };
const bob = { objectType: 'Agent' as const, account: { homePage: home, name: 'bob' } };
const said = (actor: object) => ({
  id: randomUUID(),
  actor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:cohesion:module:m1' },
});
const enc = encodeURIComponent;

describe.each(TEST_BACKENDS)('credentials, roles and enrolment ($name)', (backend) => {
  const { server } = useTestServer(backend, { AUTH_FAILURES_PER_MINUTE: '5', CORS_ORIGINS: 'https://learn.example' });
  let lead: string;
  let aliceAuth: string;
  let bobAuth: string;
  beforeAll(async () => {
    lead = await server.addUser('lead', 'lead');
    aliceAuth = await server.addUser('alice', 'learner', alice);
    bobAuth = await server.addUser('bob', 'learner', bob);
  });

  it('answers 401 with a challenge for missing or wrong credentials', async () => {
    const none = await server.xapi('/statements');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await server.xapi('/statements', { auth: basic('alice', 'wrong') })).status).toBe(401);
  });

  it('lets a learner write and read only their own statements; reading another learner is 403', async () => {
    const own = said(alice);
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: aliceAuth, body: JSON.stringify(own) })).status,
    ).toBe(200);
    const bobs = said(bob);
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: bobAuth, body: JSON.stringify(bobs) })).status,
    ).toBe(200);
    const forged = await server.xapi('/statements', {
      method: 'POST',
      auth: aliceAuth,
      body: JSON.stringify(said(bob)),
    });
    expect(forged.status).toBe(403);
    expect((await forged.json()).message).toMatch(/own agent/);
    expect((await server.xapi(`/statements?agent=${enc(JSON.stringify(bob))}`, { auth: aliceAuth })).status).toBe(403);
    expect((await server.xapi(`/statements?statementId=${bobs.id}`, { auth: aliceAuth })).status).toBe(403);
    const mine = await (await server.xapi('/statements', { auth: aliceAuth })).json();
    expect(mine.statements.map((s: { id: string }) => s.id)).toEqual([own.id]);
    const all = await (await server.xapi('/statements', { auth: lead })).json();
    expect(all.statements.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([own.id, bobs.id]));
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: lead, body: JSON.stringify(said(alice)) })).status,
    ).toBe(403);
    const state = (who: object) => `/activities/state?activityId=a&stateId=s&agent=${enc(JSON.stringify(who))}`;
    expect((await server.xapi(state(alice), { method: 'PUT', auth: aliceAuth, body: '{}' })).status).toBe(204);
    expect((await server.xapi(state(bob), { method: 'PUT', auth: aliceAuth, body: '{}' })).status).toBe(403);
    expect((await server.xapi(state(bob), { auth: aliceAuth })).status).toBe(403);
  });

  it('enrols a learner: a lead issues a one-time code, the browser redeems it for device credentials', async () => {
    expect(
      (await fetch(`${server.url}/api/enrolments`, { method: 'POST', headers: { Authorization: aliceAuth } })).status,
    ).toBe(403);
    const issued = await fetch(`${server.url}/api/enrolments`, {
      method: 'POST',
      headers: { Authorization: lead, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(issued.status).toBe(201);
    const { code } = await issued.json();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const carol = { objectType: 'Agent', account: { homePage: home, name: 'carol' } };
    const redeem = () =>
      fetch(`${server.url}/api/enrolments/redeem`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: code.toLowerCase(), agent: carol }),
      });
    const redeemed = await redeem();
    expect(redeemed.status).toBe(201);
    const device = await redeemed.json();
    expect(device.agent).toEqual(carol);
    const carolAuth = basic(device.username, device.password);
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: carolAuth, body: JSON.stringify(said(carol)) })).status,
    ).toBe(200);
    expect((await redeem()).status).toBe(400);
    const me = await (await fetch(`${server.url}/api/me`, { headers: { Authorization: carolAuth } })).json();
    expect(me).toEqual({ username: device.username, role: 'learner', agent: carol });
  });

  it('sends security and CORS headers, and limits batch and body size', async () => {
    const about = await server.xapi('/about', { headers: { Origin: 'https://learn.example' } });
    expect(about.headers.get('x-content-type-options')).toBe('nosniff');
    expect(about.headers.get('access-control-allow-origin')).toBe('https://learn.example');
    expect(about.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    const preflight = await fetch(`${server.url}/xapi/statements`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://learn.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,x-experience-api-version',
      },
    });
    expect(preflight.status).toBe(204);
    const foreign = await server.xapi('/about', { headers: { Origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an address with 429 after repeated failed credential checks', async () => {
    const wrong = basic('nobody', 'nothing');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await server.xapi('/statements', { auth: wrong })).status);
    // The failed redemption of a used code earlier in this suite counts towards the same limit of 5.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('limits', () => {
  it('answers 413 for a batch over MAX_BATCH and a body over MAX_BODY_BYTES', async () => {
    const server = await startTestServer(TEST_BACKENDS[0]!, { MAX_BATCH: '2', MAX_BODY_BYTES: '2000' });
    try {
      const admin = await server.addUser('admin', 'admin');
      expect(
        (
          await server.xapi('/statements', {
            method: 'POST',
            auth: admin,
            body: JSON.stringify([said(alice), said(alice), said(alice)]),
          })
        ).status,
      ).toBe(413);
      expect(
        (
          await server.xapi('/statements', {
            method: 'POST',
            auth: admin,
            body: JSON.stringify({ ...said(alice), result: { response: 'x'.repeat(3000) } }),
          })
        ).status,
      ).toBe(413);
    } finally {
      await server.close();
    }
  });
});
