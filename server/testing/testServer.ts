import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import { readConfig } from '../config.ts';
import type { Repository, Role } from '../storage/repository.ts';
import type { ActorJson } from '../xapi/xapiTypes.ts';
import type { TestBackend } from './testBackends.ts';

/** A running server on an ephemeral port, with helpers to call it as a given user. */
export interface TestServer {
  url: string;
  app: FastifyInstance;
  repository: Repository;
  /** Creates a user and returns its Authorization header value. */
  addUser(username: string, role: Role, agent?: ActorJson): Promise<string>;
  /** fetch against the server with xAPI 2.0.0 headers and the given Authorization. */
  xapi(path: string, init?: RequestInit & { auth?: string; version?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

export const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** Starts the real app over real HTTP on `listen(0)` with a fresh database of the given backend. */
export async function startTestServer(
  backend: TestBackend,
  env: Record<string, string> = {},
  options: { readOnly?: boolean; logStream?: { write(line: string): void } } = {},
): Promise<TestServer> {
  const { repository: writable, cleanup, openReadOnly } = await backend.open();
  // readOnly: the app reads and writes through a read-only connection (users are still added through a writable one).
  const repository = options.readOnly ? await openReadOnly() : writable;
  const config = readConfig({ COHESION_SITE_DIR: '/nonexistent-site', LOG_LEVEL: options.logStream ? 'info' : 'silent', ...env });
  const app = await buildApp(repository, config, options.logStream ? { logStream: options.logStream } : { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  return {
    url,
    app,
    repository,
    async addUser(username, role, agent) {
      const password = `secret-${username}`;
      await writable.createUser({ username, secretHash: await hashSecret(password), role, agent: agent ?? null, createdMs: Date.now() });
      return basic(username, password);
    },
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
    },
  };
}
