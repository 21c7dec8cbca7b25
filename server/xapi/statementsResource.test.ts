import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { statements as build } from '../../src/lib/progress/statements.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const alice = { objectType: 'Agent' as const, account: { homePage: 'https://cohesion.example', name: 'alice' } };
const bob = { objectType: 'Agent' as const, account: { homePage: 'https://cohesion.example', name: 'bob' } };
const VERB = 'http://adlnet.gov/expapi/verbs/experienced';
const statement = (over: Record<string, unknown> = {}) =>
  ({
    actor: alice,
    verb: { id: VERB, display: { 'en-US': 'experienced' } },
    object: { id: 'urn:cohesion:module:m1' },
    ...over,
  }) as unknown as Record<string, unknown> & { id: string };

describe.each(TEST_BACKENDS)('Statement resource over HTTP ($name)', (backend) => {
  const { server, admin } = useTestServer(backend);

  const post = (body: unknown, auth = admin) =>
    server.xapi('/statements', { method: 'POST', body: JSON.stringify(body), auth });
  const get = (query: string, auth = admin) => server.xapi(`/statements?${query}`, { auth });

  it('accepts the statements Cohesion browsers build, unchanged, and returns them with LRS fields set', async () => {
    let n = 0;
    const stamp = { actor: alice, id: () => randomUUID(), now: () => `2026-01-01T00:00:0${n++}.000Z` };
    const batch = [
      build.experiencedModule(stamp, 'm1', 'Module one'),
      build.answeredCheck(stamp, 'm1', 'c1', true, [0, 2]),
      build.completedModule(stamp, 'm1', 'Module one'),
      build.testedOutModule(stamp, 'm2', 'Module two', false),
      build.answeredAssessmentItem(stamp, 'i1', 2, 3),
      build.progressedJourney(stamp, 1, 4),
    ];
    const response = await post(batch);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-experience-api-version')).toBe('2.0.0');
    expect(response.headers.get('x-experience-api-consistent-through')).toMatch(/^\d{4}-/);
    expect(await response.json()).toEqual(batch.map((s) => s.id));
    const one = await get(`statementId=${batch[1]!.id}`);
    expect(one.status).toBe(200);
    const stored = await one.json();
    expect(stored).toMatchObject({ ...batch[1], version: '2.0.0' });
    expect(stored.stored).toMatch(/Z$/);
    expect(stored.authority.account.name).toBe('admin');
    expect(one.headers.get('last-modified')).toBe(new Date(stored.stored).toUTCString());
  });

  it('PUT stores with the given id (204), repeats idempotently (204) and refuses different content (409)', async () => {
    const id = randomUUID();
    expect(
      (
        await server.xapi(`/statements?statementId=${id}`, {
          method: 'PUT',
          body: JSON.stringify(statement()),
          auth: admin,
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await server.xapi(`/statements?statementId=${id}`, {
          method: 'PUT',
          body: JSON.stringify(statement()),
          auth: admin,
        })
      ).status,
    ).toBe(204);
    const conflict = await server.xapi(`/statements?statementId=${id}`, {
      method: 'PUT',
      body: JSON.stringify(statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } })),
      auth: admin,
    });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).message).toMatch(/immutable/);
    const conflictingPost = await post([
      statement(),
      statement({ id, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }),
    ]);
    expect(conflictingPost.status).toBe(409);
  });

  it('rejects malformed JSON, invalid statements, duplicate ids in a batch and mismatched PUT ids with 400', async () => {
    const malformed = await server.xapi('/statements', { method: 'POST', body: '{"actor": ', auth: admin });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/Malformed JSON/);
    const invalid = await post(statement({ verb: { id: 'not an iri' } }));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).message).toMatch(/verb/);
    const id = randomUUID();
    expect((await post([statement({ id }), statement({ id })])).status).toBe(400);
    expect(
      (
        await server.xapi(`/statements?statementId=${randomUUID()}`, {
          method: 'PUT',
          body: JSON.stringify(statement({ id })),
          auth: admin,
        })
      ).status,
    ).toBe(400);
    expect((await post(statement({ actor: { mbox: 'mailto:a@b', openid: 'http://openid/a' } }))).status).toBe(400);
  });

  it('accepts xAPI 2.0 context agents and groups, and 1.0.3 single-object context activities', async () => {
    const two = statement({
      context: {
        contextAgents: [{ objectType: 'contextAgent', agent: bob, relevantTypes: ['https://example.com/coach'] }],
      },
    });
    expect((await post(two)).status).toBe(200);
    const bad = statement({
      context: { contextAgents: [{ objectType: 'contextAgent', agent: bob, relevantTypes: [] }] },
    });
    expect((await post(bad)).status).toBe(400);
    const old = statement({ context: { contextActivities: { parent: { id: 'urn:cohesion:module:m1' } } } });
    const [id] = await (
      await server.xapi('/statements', { method: 'POST', body: JSON.stringify(old), auth: admin, version: '1.0.3' })
    ).json();
    const stored = await (await get(`statementId=${id}`)).json();
    expect(stored.context.contextActivities.parent).toEqual([{ id: 'urn:cohesion:module:m1' }]);
    expect(stored.version).toBe('1.0.0');
  });

  it('refuses a missing or unsupported version header and the alternate request syntax', async () => {
    expect((await server.xapi('/statements', { auth: admin, version: null })).status).toBe(400);
    const wrong = await server.xapi('/statements', { auth: admin, version: '0.95' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).message).toMatch(/2\.0\.0/);
    expect((await server.xapi('/statements?method=GET', { method: 'POST', auth: admin })).status).toBe(400);
    expect(
      (
        await server.xapi('/statements', {
          method: 'POST',
          auth: admin,
          body: 'verb=x',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(400);
    expect((await get('Verb=http://x')).status).toBe(400);
    const about = await server.xapi('/about', { version: null });
    expect(about.status).toBe(200);
    expect((await about.json()).version).toEqual(['1.0.3', '2.0.0']);
  });

  it('filters by agent, verb, activity, registration and their related_* forms, including StatementRef targets', async () => {
    const registration = randomUUID();
    const activity = `urn:test:filter:${randomUUID()}`;
    const target = statement({ id: randomUUID(), actor: bob, object: { id: activity }, context: { registration } });
    const contextual = statement({
      id: randomUUID(),
      actor: bob,
      object: { id: 'urn:test:other' },
      context: { contextActivities: { grouping: [{ id: activity }] }, instructor: alice },
    });
    const referring = statement({
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/commented' },
      object: { objectType: 'StatementRef', id: target.id },
    });
    const sub = statement({
      id: randomUUID(),
      object: { objectType: 'SubStatement', actor: bob, verb: { id: VERB }, object: { id: activity } },
    });
    expect((await post([target, contextual, referring, sub])).status).toBe(200);
    const ids = async (query: string) =>
      ((await (await get(query)).json()).statements as { id: string }[]).map((s) => s.id).sort();
    const enc = encodeURIComponent;
    expect(await ids(`activity=${enc(activity)}`)).toEqual([target.id, referring.id].sort());
    expect(await ids(`activity=${enc(activity)}&related_activities=true`)).toEqual(
      [target.id, contextual.id, referring.id, sub.id].sort(),
    );
    expect(await ids(`registration=${registration}`)).toEqual([target.id, referring.id].sort());
    expect(await ids(`agent=${enc(JSON.stringify(bob))}`)).toEqual(
      expect.arrayContaining([target.id, contextual.id, referring.id]),
    );
    expect(await ids(`agent=${enc(JSON.stringify(bob))}`)).not.toContain(sub.id);
    expect(await ids(`agent=${enc(JSON.stringify(bob))}&related_agents=true`)).toContain(sub.id);
    expect(await ids(`verb=${enc('http://adlnet.gov/expapi/verbs/commented')}`)).toEqual([referring.id]);
    expect((await get('agent=not-json')).status).toBe(400);
  });

  it('voids a statement: hidden from queries and statementId, served by voidedStatementId; the voiding statement stays visible', async () => {
    const activity = `urn:test:void:${randomUUID()}`;
    const target = statement({ id: randomUUID(), object: { id: activity } });
    await post(target);
    const voiding = statement({
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: target.id },
    });
    expect((await post(voiding)).status).toBe(200);
    expect((await get(`statementId=${target.id}`)).status).toBe(404);
    expect((await get(`voidedStatementId=${target.id}`)).status).toBe(200);
    expect((await get(`voidedStatementId=${voiding.id}`)).status).toBe(404);
    const listed = (await (await get(`activity=${encodeURIComponent(activity)}`)).json()).statements.map(
      (s: { id: string }) => s.id,
    );
    expect(listed).toEqual([voiding.id]);
    const voidVoiding = statement({
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: voiding.id },
    });
    await post(voidVoiding);
    expect((await get(`statementId=${voiding.id}`)).status).toBe(200);
  });

  it('pages with limit and more, in stored order, ascending or not, within since/until', async () => {
    const activity = `urn:test:paging:${randomUUID()}`;
    const before = new Date(Date.now() - 1).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const s = statement({ id: randomUUID(), object: { id: activity } });
      ids.push(s.id);
      await post(s);
    }
    const collected: string[] = [];
    let next = `/xapi/statements?activity=${encodeURIComponent(activity)}&limit=2&ascending=true&since=${before}`;
    for (let page = 0; page < 5 && next !== ''; page++) {
      const body = await (
        await fetch(`${server.url}${next}`, { headers: { Authorization: admin, 'X-Experience-API-Version': '2.0.0' } })
      ).json();
      collected.push(...body.statements.map((s: { id: string }) => s.id));
      next = body.more;
    }
    expect(collected).toEqual(ids);
    const descending = (await (await get(`activity=${encodeURIComponent(activity)}`)).json()).statements.map(
      (s: { id: string }) => s.id,
    );
    expect(descending).toEqual([...ids].reverse());
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await (await get(`activity=${encodeURIComponent(activity)}&since=${future}`)).json()).statements).toEqual(
      [],
    );
    expect((await (await get(`activity=${encodeURIComponent(activity)}&until=${before}`)).json()).statements).toEqual(
      [],
    );
    expect((await get('limit=-1')).status).toBe(400);
    expect((await get(`statementId=${ids[0]}&verb=x`)).status).toBe(400);
  });

  it('renders format=ids and format=canonical (one language, the canonical definition)', async () => {
    const activity = `urn:test:format:${randomUUID()}`;
    const s = statement({
      id: randomUUID(),
      actor: { ...alice, name: 'Alice' },
      object: { id: activity, definition: { name: { 'en-US': 'Old', 'fr-FR': 'Ancien' } } },
    });
    await post(s);
    await post(statement({ object: { id: activity, definition: { name: { 'en-US': 'New' } } } }));
    const ids = await (await get(`statementId=${s.id}&format=ids`)).json();
    expect(ids.actor).toEqual(alice);
    expect(ids.object).toEqual({ id: activity });
    expect(ids.verb).toEqual({ id: VERB });
    const canonical = await (
      await server.xapi(`/statements?statementId=${s.id}&format=canonical`, {
        auth: admin,
        headers: { 'Accept-Language': 'en-US' },
      })
    ).json();
    expect(canonical.object.definition.name).toEqual({ 'en-US': 'New' });
    const activityResponse = await (
      await server.xapi(`/activities?activityId=${encodeURIComponent(activity)}`, { auth: admin })
    ).json();
    expect(activityResponse.definition.name).toEqual({ 'en-US': 'New', 'fr-FR': 'Ancien' });
    expect((await get('format=full')).status).toBe(400);
  });
});
