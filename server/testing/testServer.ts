import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../app.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import { readConfig } from '../config.ts';
import type { Repository, Role } from '../storage/repository.ts';
import type { ActorJson } from '../xapi/xapiTypes.ts';
import { lateBound } from './lateBound.ts';
import type { TestBackend } from './testBackends.ts';
import { TEST_HASH_COST } from './testHashCost.ts';

/** A running server on an ephemeral port, with helpers to call it as a given user. */
export interface TestServer {
  url: string;
  app: FastifyInstance;
  repository: Repository;
  /** The site folder made for `siteFiles`, if any. */
  siteDir: string | undefined;
  /** Creates a user and returns its Authorization header value. */
  addUser(username: string, role: Role, agent?: ActorJson): Promise<string>;
  /** Creates a user and returns its name and password (what a learner types into a sync connection). */
  addCredentials(username: string, role: Role, agent?: ActorJson): Promise<{ username: string; password: string }>;
  /** fetch against the server with xAPI 2.0.0 headers and the given Authorization. */
  xapi(path: string, init?: RequestInit & { auth?: string; version?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

/** The password `addUser` and `addCredentials` give a user. */
const passwordOf = (username: string) => `secret-${username}`;

export const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/**
 * Starts the real app over real HTTP on `listen(0)` with a fresh database of the given backend.
 * `siteFiles` (path → text, e.g. a built site's `curriculum.json`) are served from a fresh site
 * folder, removed on close.
 */
export async function startTestServer(
  backend: TestBackend,
  env: Record<string, string> = {},
  options: {
    readOnly?: boolean;
    logStream?: { write(line: string): void };
    siteFiles?: Record<string, string>;
    setupToken?: string;
  } = {},
): Promise<TestServer> {
  const site = options.siteFiles && mkdtempSync(join(tmpdir(), 'cohesion-test-site-'));
  for (const [name, text] of Object.entries(options.siteFiles ?? {})) {
    mkdirSync(dirname(join(site!, name)), { recursive: true });
    writeFileSync(join(site!, name), text);
  }
  if (site) env = { COHESION_SITE_DIR: site, ...env };
  const { repository: writable, cleanup, openReadOnly } = await backend.open();
  // readOnly: the app reads and writes through a read-only connection (users are still added through a writable one).
  const repository = options.readOnly ? await openReadOnly() : writable;
  const config = readConfig({
    COHESION_SITE_DIR: '/nonexistent-site',
    LOG_LEVEL: options.logStream ? 'info' : 'silent',
    PASSWORD_HASH_COST: String(TEST_HASH_COST),
    ...env,
  });
  const app = await buildApp(repository, config, {
    ...(options.logStream ? { logStream: options.logStream } : { logger: false }),
    setupToken: options.setupToken,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const addCredentials: TestServer['addCredentials'] = async (username, role, agent) => {
    const password = passwordOf(username);
    await writable.createUser({
      username,
      secretHash: await hashSecret(password, config.passwordHashCost),
      role,
      agent: agent ?? null,
      createdMs: Date.now(),
    });
    return { username, password };
  };
  return {
    url,
    app,
    repository,
    siteDir: site,
    async addUser(username, role, agent) {
      const { password } = await addCredentials(username, role, agent);
      return basic(username, password);
    },
    addCredentials,
    xapi(path, init = {}) {
      const { auth, version, headers, ...rest } = init;
      const h = new Headers(headers);
      if (version !== null) h.set('X-Experience-API-Version', version ?? '2.0.0');
      if (auth !== undefined) h.set('Authorization', auth);
      if (rest.body !== undefined && !h.has('Content-Type')) h.set('Content-Type', 'application/json');
      return fetch(`${url}/xapi${path}`, { ...rest, headers: h });
    },
    async close() {
      await app.close();
      await repository.close();
      if (repository !== writable) await writable.close();
      await cleanup();
      if (site) rmSync(site, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a test server (as `startTestServer`) with a user `admin` (role admin) before the enclosing
 * describe block's tests — before each test with `each` — and closes it after them. `server` is
 * usable inside tests and hooks; `admin` is the admin's Authorization header.
 */
export function useTestServer(
  backend: TestBackend,
  env: Record<string, string> = {},
  options: Parameters<typeof startTestServer>[2] & { each?: boolean } = {},
): { server: TestServer; admin: string } {
  const server = lateBound<TestServer>('test server');
  const [before, after] = options.each ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    server.bind(await startTestServer(backend, env, options));
    await server.value.addUser('admin', 'admin');
  });
  after(() => server.value.close());
  return { server: server.proxy, admin: basic('admin', passwordOf('admin')) };
}
