import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import type { Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';
import { XapiError } from '../xapi/xapiError.ts';

/** What the device routes need from the API context. */
export interface DeviceContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
  /** Drops a removed credential from this process's cache of checked credentials, so it is refused at once. */
  forget(username: string): void;
}

/**
 * A learner's devices, for the learner's own device credentials: `GET /api/devices` lists every
 * credential of the same agent, `DELETE /api/devices/:username` removes another one of them.
 */
export function deviceRoutes(app: FastifyInstance, context: DeviceContext) {
  const devicesOf = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role !== 'learner' || principal.agentKey === undefined)
      throw new XapiError(403, 'Only a learner device lists its learner’s devices.');
    const users = await context.repository.listUsers();
    const own = users.filter((u) => u.agent !== null && agentKey(u.agent) === principal.agentKey);
    return { principal, own };
  };

  app.get('/devices', async (request) => {
    const { principal, own } = await devicesOf(request);
    return {
      devices: own
        .sort((a, b) => a.createdMs - b.createdMs || a.username.localeCompare(b.username))
        .map((u) => ({
          username: u.username,
          connectedAt: new Date(u.createdMs).toISOString(),
          current: u.username === principal.username,
        })),
    };
  });

  app.delete('/devices/:username', async (request) => {
    const { principal, own } = await devicesOf(request);
    const { username } = request.params as { username: string };
    if (username === principal.username)
      throw new XapiError(409, 'This is the device you are using: disconnect it on its Sync page instead.');
    if (!own.some((u) => u.username === username)) throw new XapiError(404, 'No such device of yours.');
    await context.repository.deleteUser(username);
    context.forget(username);
    return { removed: username };
  });
}
