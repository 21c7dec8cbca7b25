import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EXTENSIONS } from '../../src/lib/progress/xapiIds.ts';
import { assertCanReadAgent, requirePrincipal } from '../auth/permissions.ts';
import { parseAgentParam } from './parseAgentParam.ts';
import { readParams, requireParam } from './readParams.ts';
import { SUPPORTED_VERSIONS } from './versionHeader.ts';
import type { XapiContext } from './xapiContext.ts';

const search = (request: FastifyRequest) => request.url.slice(request.url.indexOf('?') + 1 || request.url.length);

/** Registers the Activities, Agents and About resources. */
export function resourcesRoutes(app: FastifyInstance, context: XapiContext): void {
  app.get('/activities', async (request) => {
    requirePrincipal(request.xapi.principal);
    const activityId = requireParam(readParams(search(request), ['activityId']), 'activityId');
    const definition =
      (await context.publishedDefinition(activityId)) ?? (await context.repository.getActivityDefinition(activityId));
    return definition === undefined
      ? { objectType: 'Activity', id: activityId }
      : { objectType: 'Activity', id: activityId, definition };
  });

  app.get('/agents', async (request) => {
    const principal = requirePrincipal(request.xapi.principal);
    const { agent, key } = parseAgentParam(requireParam(readParams(search(request), ['agent']), 'agent'));
    assertCanReadAgent(principal, key);
    const names = await context.repository.getAgentNames(key);
    const person: Record<string, unknown> = { objectType: 'Person' };
    const allNames = [...new Set([...(agent.name === undefined ? [] : [agent.name]), ...names])];
    if (allNames.length > 0) person.name = allNames;
    for (const ifi of ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const)
      if (agent[ifi] !== undefined) person[ifi] = [agent[ifi]];
    return person;
  });

  app.get('/about', async () => ({
    version: [...SUPPORTED_VERSIONS],
    extensions: { [EXTENSIONS.aboutServer]: 'Cohesion sync server' },
  }));
}
