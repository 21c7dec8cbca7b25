import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const VERB = 'http://adlnet.gov/expapi/verbs/experienced';
const statement = (over: Record<string, unknown> = {}) =>
  ({
    actor: { mbox: 'mailto:conformance@example.com' },
    verb: { id: VERB },
    object: { id: 'urn:test:conformance' },
    ...over,
  }) as Record<string, unknown> & { id?: string };

describe.each(TEST_BACKENDS)('xAPI conformance points of issue 16 ($name)', (backend) => {
  const { server, admin } = useTestServer(backend);

  const post = (body: unknown, version = '2.0.0') =>
    server.xapi('/statements', { method: 'POST', body: JSON.stringify(body), auth: admin, version });

  it('sends X-Experience-API-Consistent-Through with every GET statements response, a 400 included', async () => {
    for (const query of ['limit=nope', 'unknown=1', `statementId=${randomUUID()}`, '']) {
      const response = await server.xapi(`/statements?${query}`, { auth: admin });
      expect(response.headers.get('x-experience-api-consistent-through'), query).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const noVersion = await server.xapi('/statements', { auth: admin, version: null });
    expect(noVersion.status).toBe(400);
    expect(noVersion.headers.get('x-experience-api-consistent-through')).toMatch(/^\d{4}-/);
  });

  it('renders an Activity in format=ids as its id alone', async () => {
    const s = statement({
      id: randomUUID(),
      object: { objectType: 'Activity', id: 'urn:test:ids', definition: { name: { 'en-US': 'Ids' } } },
      context: { contextActivities: { parent: [{ objectType: 'Activity', id: 'urn:test:parent' }] } },
    });
    expect((await post(s)).status).toBe(200);
    const ids = await (await server.xapi(`/statements?statementId=${s.id}&format=ids`, { auth: admin })).json();
    expect(ids.object).toEqual({ id: 'urn:test:ids' });
    expect(ids.context.contextActivities.parent).toEqual([{ id: 'urn:test:parent' }]);
  });

  it('answers 409 to a State PUT without If-Match/If-None-Match over an existing document, and leaves it unchanged', async () => {
    const path = `/activities/state?activityId=urn:test:state&agent=${encodeURIComponent(JSON.stringify({ mbox: 'mailto:state@example.com' }))}&stateId=journey`;
    const put = (body: unknown, headers: Record<string, string> = {}) =>
      server.xapi(path, {
        method: 'PUT',
        auth: admin,
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', ...headers },
      });
    expect((await put({ v: 1 })).status).toBe(204);
    const conflict = await put({ v: 2 });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).message).toMatch(/If-Match/);
    const current = await server.xapi(path, { auth: admin });
    expect(await current.json()).toEqual({ v: 1 });
    expect((await put({ v: 3 }, { 'If-Match': current.headers.get('etag')! })).status).toBe(204);
    expect((await put({ v: 4 }, { 'If-None-Match': '*' })).status).toBe(412);
  });

  it('accepts a statement whose JWS payload differs from it only in duration precision beyond 0.01 s', async () => {
    const { isSameStatement } = await import('./compareStatements.ts');
    const base = statement({ id: randomUUID(), result: { duration: 'PT1.2345S' } });
    expect(isSameStatement(base as never, { ...base, result: { duration: 'PT1.23S' } } as never)).toBe(true);
    expect(isSameStatement(base as never, { ...base, result: { duration: 'PT1.2S' } } as never)).toBe(false);
    const id = randomUUID();
    expect((await post(statement({ id, result: { duration: 'PT2.50S' } }))).status).toBe(200);
    expect(
      (
        await server.xapi(`/statements?statementId=${id}`, {
          method: 'PUT',
          auth: admin,
          body: JSON.stringify(statement({ id, result: { duration: 'PT2.5001S' } })),
        })
      ).status,
    ).toBe(204);
  });

  it('accepts Open edX activity ids such as block-v1:… and course-v1:… (scheme characters include + - .)', async () => {
    const edx = statement({
      id: randomUUID(),
      object: { id: 'block-v1:edX+Demo+type@problem+block@abc' },
      context: { contextActivities: { parent: [{ id: 'course-v1:edX+DemoX+Demo_Course' }] } },
    });
    const response = await post(edx);
    expect(response.status, await response.clone().text()).toBe(200);
    const back = await server.xapi(
      `/statements?activity=${encodeURIComponent('block-v1:edX+Demo+type@problem+block@abc')}`,
      { auth: admin },
    );
    expect((await back.json()).statements.map((s: { id: string }) => s.id)).toEqual([edx.id]);
  });

  it('refuses statement ids that are not UUIDs in canonical form, at POST and PUT', async () => {
    const braced = `{${randomUUID()}}`;
    const refused = await post(statement({ id: braced }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toContain(
      `statement.id: expected a UUID in canonical form (8-4-4-4-12 hex digits), got '${braced}'`,
    );
    expect((await post(statement({ id: randomUUID().replaceAll('-', '') }))).status).toBe(400);
    expect((await post(statement({ id: `urn:uuid:${randomUUID()}` }))).status).toBe(400);
    const put = await server.xapi(`/statements?statementId=${encodeURIComponent(braced)}`, {
      method: 'PUT',
      auth: admin,
      body: JSON.stringify(statement()),
    });
    expect(put.status).toBe(400);
  });

  it('names the field path and the offending value in validation messages', async () => {
    const wrongType = await post(statement({ object: { objectType: 'GroupActivity', id: 'urn:test:x' } }));
    expect(wrongType.status).toBe(400);
    const message = (await wrongType.json()).message as string;
    expect(message).toContain(
      "statement.object.objectType: 'GroupActivity' is not one of Activity, Agent, Group, SubStatement, StatementRef",
    );
    expect(message).not.toMatch(/rule broken/);
    const inBatch = await post([
      statement(),
      statement({ actor: { objectType: 'Person', mbox: 'mailto:a@example.com' } }),
    ]);
    expect((await inBatch.json()).message).toContain(
      "statements[1].actor.objectType: 'Person' is not one of Agent, Group",
    );
    const score = await post(statement({ result: { score: { raw: 5, max: 3 } } }));
    expect((await score.json()).message).toContain('statement.result.score.raw: 5 is more than max 3');
  });

  it("serves xAPI 1.0.3's alternate request syntax (POST ?method= with a form body) and refuses it for 2.0", async () => {
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const alternate = (method: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/xapi/statements?method=${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: form(fields),
      });
    const id = randomUUID();
    const put = await alternate('PUT', {
      statementId: id,
      content: JSON.stringify(statement()),
      Authorization: admin,
      'X-Experience-API-Version': '1.0.3',
    });
    expect(put.status, await put.clone().text()).toBe(204);
    const get = await alternate(
      'GET',
      { statementId: id },
      { Authorization: admin, 'X-Experience-API-Version': '1.0.3' },
    );
    expect(get.status).toBe(200);
    expect((await get.json()).id).toBe(id);
    expect(get.headers.get('x-experience-api-version')).toBe('1.0.3');
    const twoPointZero = await alternate(
      'GET',
      { limit: '1' },
      { Authorization: admin, 'X-Experience-API-Version': '2.0.0' },
    );
    expect(twoPointZero.status).toBe(400);
    expect((await twoPointZero.json()).message).toMatch(/removed/);
    // Form fields stand for headers; extra query parameters, a missing content and a JSON body are refused.
    expect(
      (
        await alternate('PUT', {
          statementId: randomUUID(),
          content: JSON.stringify(statement()),
          Authorization: admin,
          'X-Experience-API-Version': '0.8',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await fetch(`${server.url}/xapi/statements?method=PUT&statementId=${randomUUID()}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form({ content: '{}', Authorization: admin, 'X-Experience-API-Version': '1.0.3' }),
        })
      ).status,
    ).toBe(400);
    expect(
      (await alternate('PUT', { statementId: randomUUID(), Authorization: admin, 'X-Experience-API-Version': '1.0.3' }))
        .status,
    ).toBe(400);
    expect(
      (
        await fetch(`${server.url}/xapi/statements?method=PUT`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: admin, 'X-Experience-API-Version': '1.0.3' },
          body: '{}',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await fetch(`${server.url}/xapi/statements?method=POST`, {
          method: 'PUT',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Authorization: admin,
            'X-Experience-API-Version': '1.0.3',
          },
          body: form({ content: '{}' }),
        })
      ).status,
    ).toBe(400);
  });

  it('answers 400 to a 1.0.3 profile PUT of a new document without a precondition; 2.0 creates it', async () => {
    const path = (id: string) => `/activities/profile?activityId=urn:test:profile&profileId=${id}`;
    const put = (id: string, version: string, headers: Record<string, string> = {}) =>
      server.xapi(path(id), {
        method: 'PUT',
        auth: admin,
        version,
        body: '{"a":1}',
        headers: { 'Content-Type': 'application/json', ...headers },
      });
    const refused = await put('old-client', '1.0.3');
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toMatch(/If-None-Match/);
    expect((await put('old-client', '1.0.3', { 'If-None-Match': '*' })).status).toBe(204);
    expect((await put('new-client', '2.0.0')).status).toBe(204);
  });
});
