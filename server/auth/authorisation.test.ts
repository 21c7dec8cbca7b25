import { createHash, randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic, useTestServer } from '../testing/testServer.ts';
import { buildMultipartMixed, multipartBoundary, parseMultipartMixed } from '../xapi/multipartMixed.ts';

const home = 'https://cohesion.example';
const agent = (name: string) => ({ objectType: 'Agent' as const, account: { homePage: home, name } });
const alice = agent('alice');
const bob = agent('bob');
const said = (actor: object, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  actor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:activity' },
  ...over,
});
const voiding = (actor: object, target: string) => ({
  id: randomUUID(),
  actor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
  object: { objectType: 'StatementRef', id: target },
});
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const ids = async (response: Response) =>
  ((await response.json()) as { statements: { id: string }[] }).statements.map((s) => s.id);
const enc = encodeURIComponent;

describe.each(TEST_BACKENDS)('a learner acts only on their own record ($name)', (backend) => {
  // The built site publishes Cohesion's own module activities through its curriculum.json.
  const curriculum = {
    version: 'x',
    modules: [{ id: 'm1', title: 'Module one', duration: 5, develops: [], prerequisites: [], checks: [] }],
    competencies: [],
    paths: [],
    defaultTargets: [],
    scale: [],
    regions: [],
    assessment: [],
  };
  const { server, admin } = useTestServer(
    backend,
    {},
    { siteFiles: { 'curriculum.json': JSON.stringify(curriculum) } },
  );
  let lead: string;
  let aliceAuth: string;
  let bobAuth: string;
  const post = (body: unknown, auth: string) =>
    server.xapi('/statements', { method: 'POST', auth, body: JSON.stringify(body) });
  const api = (path: string, body: unknown, auth?: string) =>
    fetch(`${server.url}/api${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(auth === undefined ? {} : { Authorization: auth }) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    lead = await server.addUser('lead', 'lead');
    aliceAuth = await server.addUser('alice', 'learner', alice);
    bobAuth = await server.addUser('bob', 'learner', bob);
  });

  it("refuses a learner voiding another learner's statement, and keeps that statement", async () => {
    const bobs = said(bob);
    expect((await post(bobs, bobAuth)).status).toBe(200);
    const attack = await post(voiding(alice, bobs.id), aliceAuth);
    expect(attack.status).toBe(403);
    expect((await attack.json()).message).toMatch(/own statements/);
    expect((await server.xapi(`/statements?statementId=${bobs.id}`, { auth: bobAuth })).status).toBe(200);
    // Voiding a statement not (yet) stored would void it on arrival, so a learner cannot do that either.
    expect((await post(voiding(alice, randomUUID()), aliceAuth)).status).toBe(403);
  });

  it('lets a learner void their own statement, in a later request or in the same batch', async () => {
    const first = said(alice);
    expect((await post(first, aliceAuth)).status).toBe(200);
    expect((await post(voiding(alice, first.id), aliceAuth)).status).toBe(200);
    expect((await server.xapi(`/statements?voidedStatementId=${first.id}`, { auth: aliceAuth })).status).toBe(200);
    const second = said(alice);
    expect((await post([second, voiding(alice, second.id)], aliceAuth)).status).toBe(200);
    expect((await server.xapi(`/statements?statementId=${second.id}`, { auth: aliceAuth })).status).toBe(404);
  });

  it("answers 403 for another learner's statement whether or not it was voided", async () => {
    const bobs = said(bob);
    expect((await post([bobs, voiding(bob, bobs.id)], bobAuth)).status).toBe(200);
    expect((await server.xapi(`/statements?statementId=${bobs.id}`, { auth: aliceAuth })).status).toBe(403);
    expect((await server.xapi(`/statements?voidedStatementId=${bobs.id}`, { auth: aliceAuth })).status).toBe(403);
    const kept = said(bob);
    expect((await post(kept, bobAuth)).status).toBe(200);
    expect((await server.xapi(`/statements?voidedStatementId=${kept.id}`, { auth: aliceAuth })).status).toBe(403);
  });

  it('accepts a Group actor from a learner only when the learner is the group or one of its members', async () => {
    const stranger = { objectType: 'Group', member: [bob] };
    const refused = await post(said(stranger), aliceAuth);
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toMatch(/member/);
    expect(
      (await post(said({ objectType: 'Group', account: { homePage: home, name: 'team' }, member: [bob] }), aliceAuth))
        .status,
    ).toBe(403);
    expect((await post(said({ objectType: 'Group', member: [alice, bob] }), aliceAuth)).status).toBe(200);
    expect((await post(said({ ...alice, objectType: 'Group', member: [] }), aliceAuth)).status).toBe(200);
  });

  it("does not make a group statement appear in a member's own queries", async () => {
    const team = said({ objectType: 'Group', member: [alice, bob] });
    expect((await post(team, aliceAuth)).status).toBe(200);
    expect(await ids(await server.xapi('/statements?limit=500', { auth: bobAuth }))).not.toContain(team.id);
    expect((await server.xapi(`/statements?statementId=${team.id}`, { auth: bobAuth })).status).toBe(403);
    expect(
      await ids(await server.xapi(`/statements?agent=${enc(JSON.stringify(bob))}`, { auth: admin })),
    ).not.toContain(team.id);
    expect(
      await ids(
        await server.xapi(`/statements?agent=${enc(JSON.stringify(bob))}&related_agents=true`, { auth: admin }),
      ),
    ).toContain(team.id);
  });

  it('serves attachment data only with the statement that delivered it, never by hash alone', async () => {
    const secret = `bob's private reflection ${randomUUID()}`;
    const declared = {
      usageType: 'http://example.com/usage/reflection',
      display: { 'en-US': 'Reflection' },
      contentType: 'text/plain',
      length: secret.length,
      sha2: sha256(secret),
    };
    const bobs = said(bob, { attachments: [declared] });
    const { contentType, body } = buildMultipartMixed([
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(bobs) },
      {
        headers: {
          'Content-Type': 'text/plain',
          'Content-Transfer-Encoding': 'binary',
          'X-Experience-API-Hash': declared.sha2,
        },
        body: secret,
      },
    ]);
    expect(
      (
        await server.xapi('/statements', {
          method: 'POST',
          auth: bobAuth,
          body: new Uint8Array(body),
          headers: { 'Content-Type': contentType },
        })
      ).status,
    ).toBe(200);
    const probe = said(alice, { attachments: [{ ...declared, fileUrl: 'https://example.com/nothing.txt' }] });
    expect((await post(probe, aliceAuth)).status).toBe(200);
    const answer = await server.xapi(`/statements?statementId=${probe.id}&attachments=true`, { auth: aliceAuth });
    expect(answer.status).toBe(200);
    const parts = parseMultipartMixed(
      Buffer.from(await answer.arrayBuffer()),
      multipartBoundary(answer.headers.get('content-type')!),
    );
    expect(parts).toHaveLength(1);
    expect(parts.map((p) => p.body.toString()).join('')).not.toContain('private reflection');
    const own = await server.xapi(`/statements?statementId=${bobs.id}&attachments=true`, { auth: bobAuth });
    const bobParts = parseMultipartMixed(
      Buffer.from(await own.arrayBuffer()),
      multipartBoundary(own.headers.get('content-type')!),
    );
    expect(bobParts[1]!.body.toString()).toBe(secret);
  });

  it("keeps an admin's activity definition when a learner's statement carries another", async () => {
    const course = {
      id: 'urn:test:course:official',
      definition: { name: { 'en-US': 'Official course' }, type: 'http://adlnet.gov/expapi/activities/course' },
    };
    expect((await post(said(alice, { object: course }), admin)).status).toBe(200);
    const rewrite = {
      id: course.id,
      definition: {
        name: { 'en-US': 'Hacked', 'fr-FR': 'Piraté' },
        type: 'http://adlnet.gov/expapi/activities/module',
      },
    };
    expect((await post(said(alice, { object: rewrite }), aliceAuth)).status).toBe(200);
    const activity = await (await server.xapi(`/activities?activityId=${enc(course.id)}`, { auth: aliceAuth })).json();
    expect(activity.definition).toEqual(course.definition);
  });

  it("answers the site's definition for Cohesion's module activities, whatever a learner sent first", async () => {
    const forged = {
      id: 'urn:cohesion:module:m1',
      definition: { name: { 'en-US': 'Forged title' }, type: 'http://example.com/evil' },
    };
    expect((await post(said(alice, { object: forged }), aliceAuth)).status).toBe(200);
    const activity = await (await server.xapi(`/activities?activityId=${enc(forged.id)}`, { auth: bobAuth })).json();
    expect(activity.definition).toEqual({
      name: { 'en-US': 'Module one' },
      type: 'http://adlnet.gov/expapi/activities/module',
    });
    const canonical = await (await server.xapi('/statements?format=canonical&limit=1', { auth: aliceAuth })).json();
    expect(canonical.statements[0].object.definition.name).toEqual({ 'en-US': 'Module one' });
  });

  it('never redeems a code not tied to an agent for an agent that already has a credential or a record', async () => {
    const code = async () => (await (await api('/enrolments', {}, lead)).json()).code as string;
    const shared = await code();
    const taken = await api('/enrolments/redeem', { code: shared, agent: alice });
    expect(taken.status).toBe(409);
    expect((await taken.json()).message).toMatch(/already/);
    const dave = agent('dave');
    expect((await post(said(dave), admin)).status).toBe(200);
    expect((await api('/enrolments/redeem', { code: shared, agent: dave })).status).toBe(409);
    // The refused attempts did not use the code up: the browser's own new random agent still binds.
    const fresh = agent(`learner-${randomUUID()}`);
    const redeemed = await api('/enrolments/redeem', { code: shared, agent: fresh });
    expect(redeemed.status).toBe(201);
    expect((await redeemed.json()).agent).toEqual(fresh);
  });

  it("refuses a lead a code tied to an existing learner's agent, and never redeems a lead's code for an agent that has one", async () => {
    const refused = await api('/enrolments', { agent: alice }, lead);
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toMatch(/already/);
    const erin = agent('erin');
    const first = await api('/enrolments', { agent: erin }, lead);
    const second = await api('/enrolments', { agent: erin }, lead);
    expect([first.status, second.status]).toEqual([201, 201]);
    const device = await api('/enrolments/redeem', { code: (await first.json()).code, agent: agent('ignored') });
    expect(device.status).toBe(201);
    expect((await device.json()).agent).toEqual(erin);
    expect((await api('/enrolments/redeem', { code: (await second.json()).code })).status).toBe(409);
    expect((await api('/enrolments', { agent: erin }, lead)).status).toBe(403);
  });

  it("lets an admin (trusted) issue a second device's code for an enrolled learner", async () => {
    const issued = await api('/enrolments', { agent: alice }, admin);
    expect(issued.status).toBe(201);
    const device = await api('/enrolments/redeem', { code: (await issued.json()).code });
    expect(device.status).toBe(201);
    const { username, password } = await device.json();
    expect((await post(said(alice), basic(username, password))).status).toBe(200);
  });

  it('sends Cache-Control: no-store with credentials and learner data', async () => {
    const responses = [
      await server.xapi('/statements', { auth: aliceAuth }),
      await server.xapi(`/activities/state?activityId=a&stateId=s&agent=${enc(JSON.stringify(alice))}`, {
        auth: aliceAuth,
      }),
      await server.xapi(`/agents?agent=${enc(JSON.stringify(alice))}`, { auth: aliceAuth }),
      await server.xapi('/statements', { auth: basic('alice', 'wrong') }),
      await fetch(`${server.url}/api/me`, { headers: { Authorization: aliceAuth } }),
      await api('/enrolments', {}, lead),
      await api('/enrolments/redeem', { code: 'NOPE-NOPE-NOPE-NOPE' }),
    ];
    expect(responses.map((r) => r.headers.get('cache-control'))).toEqual(responses.map(() => 'no-store'));
  });
});

describe.each(TEST_BACKENDS)('failed-check limits ($name)', (backend) => {
  const { server } = useTestServer(backend, { AUTH_FAILURES_PER_MINUTE: '3' }, { each: true });
  let aliceAuth: string;
  beforeEach(async () => {
    aliceAuth = await server.addUser('alice', 'learner', alice);
  });
  const redeem = (code: string) =>
    fetch(`${server.url}/api/enrolments/redeem`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, agent: agent('new') }),
    });

  it("does not let a success with the caller's own credential reset the failures for other usernames", async () => {
    const statuses: number[] = [];
    for (const auth of [
      basic('bob', 'guess1'),
      basic('bob', 'guess2'),
      aliceAuth,
      basic('carol', 'guess3'),
      basic('bob', 'guess4'),
    ]) {
      statuses.push((await server.xapi('/statements', { auth })).status);
    }
    expect(statuses).toEqual([401, 401, 200, 401, 429]);
  });

  it('counts failed redemptions and failed credential checks towards one limit per address', async () => {
    expect((await server.xapi('/statements', { auth: basic('bob', 'guess1') })).status).toBe(401);
    expect((await server.xapi('/statements', { auth: basic('bob', 'guess2') })).status).toBe(401);
    expect((await redeem('AAAA-BBBB-CCCC-DDDD')).status).toBe(400);
    expect((await redeem('AAAA-BBBB-CCCC-EEEE')).status).toBe(429);
    expect((await server.xapi('/statements', { auth: aliceAuth })).status).toBe(429);
  });
});
