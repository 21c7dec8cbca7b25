import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const agent = { objectType: 'Agent', mbox: 'mailto:doc@example.com' };
const enc = encodeURIComponent;
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

describe.each(TEST_BACKENDS)('Document, Activities, Agents and About resources over HTTP ($name)', (backend) => {
  const { server, admin } = useTestServer(backend);

  const state = (extra = '') =>
    `/activities/state?activityId=${enc('urn:test:act')}&agent=${enc(JSON.stringify(agent))}${extra}`;

  it('stores, fetches with ETag and Last-Modified, lists and deletes state documents', async () => {
    const put = await server.xapi(state('&stateId=bookmark'), {
      method: 'PUT',
      auth: admin,
      body: JSON.stringify({ page: 3 }),
    });
    expect(put.status).toBe(204);
    const got = await server.xapi(state('&stateId=bookmark'), { auth: admin });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe(`"${sha1('{"page":3}')}"`);
    expect(got.headers.get('last-modified')).toBeTruthy();
    expect(await got.json()).toEqual({ page: 3 });
    await server.xapi(state('&stateId=other'), {
      method: 'PUT',
      auth: admin,
      body: 'plain text',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(await (await server.xapi(state(), { auth: admin })).json()).toEqual(['bookmark', 'other']);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await (await server.xapi(state(`&since=${future}`), { auth: admin })).json()).toEqual([]);
    const text = await server.xapi(state('&stateId=other'), { auth: admin });
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await text.text()).toBe('plain text');
    expect((await server.xapi(state('&stateId=other'), { method: 'DELETE', auth: admin })).status).toBe(204);
    expect((await server.xapi(state('&stateId=other'), { auth: admin })).status).toBe(404);
    expect((await server.xapi(state(), { method: 'DELETE', auth: admin })).status).toBe(204);
    expect(await (await server.xapi(state(), { auth: admin })).json()).toEqual([]);
  });

  it('merges JSON on POST and refuses to merge non-JSON documents (400)', async () => {
    await server.xapi(state('&stateId=merge'), {
      method: 'POST',
      auth: admin,
      body: JSON.stringify({ x: 'foo', y: 'bar' }),
    });
    await server.xapi(state('&stateId=merge'), {
      method: 'POST',
      auth: admin,
      body: JSON.stringify({ x: 'bash', z: 'faz' }),
    });
    expect(await (await server.xapi(state('&stateId=merge'), { auth: admin })).json()).toEqual({
      x: 'bash',
      y: 'bar',
      z: 'faz',
    });
    await server.xapi(state('&stateId=text'), {
      method: 'PUT',
      auth: admin,
      body: 'abc',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(
      (await server.xapi(state('&stateId=text'), { method: 'POST', auth: admin, body: JSON.stringify({ a: 1 }) }))
        .status,
    ).toBe(400);
    expect((await server.xapi(state('&stateId=merge'), { method: 'POST', auth: admin, body: '[1,2]' })).status).toBe(
      400,
    );
    expect((await server.xapi(state('&stateId=merge'), { method: 'POST', auth: admin, body: '{"broken' })).status).toBe(
      400,
    );
  });

  it('applies If-Match / If-None-Match to profiles: 409 without them over an existing document, 412 when stale', async () => {
    const profile = `/activities/profile?activityId=${enc('urn:test:act')}&profileId=p1`;
    expect(
      (await server.xapi(profile, { method: 'PUT', auth: admin, body: '{"v":1}', headers: { 'If-None-Match': '*' } }))
        .status,
    ).toBe(204);
    const etag = (await server.xapi(profile, { auth: admin })).headers.get('etag')!;
    const unconditional = await server.xapi(profile, { method: 'PUT', auth: admin, body: '{"v":2}' });
    expect(unconditional.status).toBe(409);
    expect((await unconditional.json()).message).toMatch(/If-Match/);
    expect(
      (await server.xapi(profile, { method: 'PUT', auth: admin, body: '{"v":2}', headers: { 'If-None-Match': '*' } }))
        .status,
    ).toBe(412);
    expect(
      (await server.xapi(profile, { method: 'PUT', auth: admin, body: '{"v":2}', headers: { 'If-Match': etag } }))
        .status,
    ).toBe(204);
    expect(
      (await server.xapi(profile, { method: 'PUT', auth: admin, body: '{"v":3}', headers: { 'If-Match': etag } }))
        .status,
    ).toBe(412);
    expect((await server.xapi(profile, { method: 'DELETE', auth: admin, headers: { 'If-Match': etag } })).status).toBe(
      412,
    );
    expect(await (await server.xapi(profile, { auth: admin })).json()).toEqual({ v: 2 });
    const agentProfile = `/agents/profile?agent=${enc(JSON.stringify(agent))}&profileId=prefs`;
    expect(
      (
        await server.xapi(agentProfile, {
          method: 'PUT',
          auth: admin,
          body: '{"lang":"en"}',
          headers: { 'If-None-Match': '*' },
        })
      ).status,
    ).toBe(204);
    expect((await server.xapi(agentProfile, { method: 'PUT', auth: admin, body: '{"lang":"fr"}' })).status).toBe(409);
    expect(
      await (await server.xapi(`/agents/profile?agent=${enc(JSON.stringify(agent))}`, { auth: admin })).json(),
    ).toEqual(['prefs']);
  });

  it('refuses missing or malformed parameters with 400', async () => {
    expect((await server.xapi('/activities/state?stateId=x', { auth: admin })).status).toBe(400);
    expect(
      (await server.xapi(`/activities/state?activityId=a&agent=${enc('{"name":"no ifi"}')}&stateId=x`, { auth: admin }))
        .status,
    ).toBe(400);
    expect((await server.xapi(state('&stateId=x&registration=not-a-uuid'), { auth: admin })).status).toBe(400);
    expect((await server.xapi(`/activities/profile?activityId=a`, { method: 'DELETE', auth: admin })).status).toBe(400);
  });

  it('answers Activities with the canonical definition and Agents with a Person object', async () => {
    const unknown = await (
      await server.xapi(`/activities?activityId=${enc('urn:test:never-seen')}`, { auth: admin })
    ).json();
    expect(unknown).toEqual({ objectType: 'Activity', id: 'urn:test:never-seen' });
    await server.xapi('/statements', {
      method: 'POST',
      auth: admin,
      body: JSON.stringify({
        actor: { ...agent, name: 'Dora' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
        object: { id: 'urn:test:seen', definition: { name: { 'en-US': 'Seen' } } },
      }),
    });
    expect(await (await server.xapi(`/activities?activityId=${enc('urn:test:seen')}`, { auth: admin })).json()).toEqual(
      { objectType: 'Activity', id: 'urn:test:seen', definition: { name: { 'en-US': 'Seen' } } },
    );
    const person = await (await server.xapi(`/agents?agent=${enc(JSON.stringify(agent))}`, { auth: admin })).json();
    expect(person).toEqual({ objectType: 'Person', name: ['Dora'], mbox: ['mailto:doc@example.com'] });
  });
});
