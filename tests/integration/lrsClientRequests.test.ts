import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../server/testing/testBackends.ts';
import { startTestServer, type TestServer } from '../../server/testing/testServer.ts';
import { createLrsClient, type Fetch } from '../../src/lib/sync/lrsClient';
import type { LrsAgent, LrsConnection } from '../../src/lib/sync/lrsConnectionSchema';
import { SyncError } from '../../src/lib/sync/syncError';

// The sync client's request hygiene against Cohesion's real server: what it sends, and where.

/** The real fetch, keeping each request's headers and each response's status and headers. */
function recordingFetch() {
  const exchanges: { url: string; method: string; headers: Headers; status: number; responseHeaders: Headers }[] = [];
  const fetchImpl: Fetch = async (input, init) => {
    const response = await fetch(input, init);
    exchanges.push({
      url: input,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      status: response.status,
      responseHeaders: response.headers,
    });
    return response;
  };
  return { exchanges, fetchImpl };
}

for (const backend of TEST_BACKENDS) {
  describe(`the sync client's requests to Cohesion's server (${backend.name})`, () => {
    let server: TestServer;
    let foreign: Server;
    let foreignUrl: string;
    const foreignRequests: IncomingHttpHeaders[] = [];
    const agent: LrsAgent = { account: { homePage: 'https://coe.example', name: 'hygiene' } };
    const connection = async (username: string): Promise<LrsConnection> => {
      const credentials = await server.addCredentials(username, 'learner', { objectType: 'Agent', ...agent } as never);
      return { endpoint: `${server.url}/xapi/`, ...credentials, agent, kind: 'cohesion' };
    };

    beforeAll(async () => {
      server = await startTestServer(backend);
      foreign = createServer((request, response) => {
        foreignRequests.push(request.headers);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"statements":[],"more":""}');
      });
      await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
      const address = foreign.address();
      foreignUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    });
    afterAll(async () => {
      await server.close();
      await new Promise((resolve) => foreign.close(resolve));
    });

    it('gets a plain 401 for a revoked credential (no Basic challenge, so no browser sign-in dialog) and reports it as an auth failure', async () => {
      const revoked = await connection('hygiene-revoked');
      await server.repository.deleteUser(revoked.username);
      const { exchanges, fetchImpl } = recordingFetch();
      const failure = await createLrsClient(revoked, fetchImpl)
        .getStatements({ agent })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SyncError);
      expect((failure as SyncError).kind).toBe('auth');
      const statementsCall = exchanges.find((e) => e.url.includes('/statements'))!;
      expect(statementsCall.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
      expect(statementsCall.status).toBe(401);
      expect(statementsCall.responseHeaders.get('www-authenticate')).toBeNull();
    });

    it('refuses a `more` URL on another origin without sending anything there', async () => {
      const client = createLrsClient(await connection('hygiene-more'));
      const failure = await client
        .getStatements({ more: `${foreignUrl}/xapi/statements?cursor=1` })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SyncError);
      expect((failure as SyncError).advice).toBe('otherSite');
      expect(foreignRequests).toEqual([]);
      // A relative `more`, as servers send it, is followed.
      await expect(client.getStatements({ more: '/xapi/statements?limit=1' })).resolves.toMatchObject({
        statements: [],
      });
    });

    it('writes the State document with a precondition every time: If-None-Match * first, then If-Match', async () => {
      const { exchanges, fetchImpl } = recordingFetch();
      const client = createLrsClient(await connection('hygiene-state'), fetchImpl);
      const first = await client.putState('urn:cohesion:journey', agent, 'journey', { v: 1 }, undefined);
      expect(first).not.toBe('conflict');
      const read = await client.getState<{ v: number }>('urn:cohesion:journey', agent, 'journey');
      expect(await client.putState('urn:cohesion:journey', agent, 'journey', { v: 2 }, read!.etag)).not.toBe(
        'conflict',
      );
      expect(await client.putState('urn:cohesion:journey', agent, 'journey', { v: 3 }, undefined)).toBe('conflict');
      const puts = exchanges.filter((e) => e.method === 'PUT');
      expect(puts.map((e) => [e.headers.get('If-None-Match'), e.headers.get('If-Match')])).toEqual([
        ['*', null],
        [null, read!.etag],
        ['*', null],
      ]);
    });
  });
}
