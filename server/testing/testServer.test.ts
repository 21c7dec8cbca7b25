import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from './testBackends.ts';
import { basic, startTestServer } from './testServer.ts';

describe('startTestServer', () => {
  it('serves the site files it is given from a folder of its own, removed on close', async () => {
    const curriculum = {
      version: 'x',
      modules: [],
      competencies: [],
      paths: [],
      defaultTargets: [],
      scale: [],
      regions: [],
      assessment: [],
    };
    const server = await startTestServer(
      TEST_BACKENDS[0]!,
      {},
      { siteFiles: { 'curriculum.json': JSON.stringify(curriculum) } },
    );
    try {
      const response = await fetch(`${server.url}/curriculum.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(curriculum);
    } finally {
      await server.close();
    }
    expect(server.siteDir).toBeDefined();
    expect(existsSync(server.siteDir!)).toBe(false);
  });

  it('creates users as name and password, and as an Authorization header for the same credential', async () => {
    const server = await startTestServer(TEST_BACKENDS[0]!);
    try {
      const { username, password } = await server.addCredentials('ann', 'admin');
      const about = await server.xapi('/statements?limit=1', { auth: basic(username, password) });
      expect(about.status).toBe(200);
      expect((await server.xapi('/statements?limit=1', { auth: await server.addUser('bob', 'admin') })).status).toBe(
        200,
      );
    } finally {
      await server.close();
    }
  });
});
