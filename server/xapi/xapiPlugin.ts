import type { FastifyInstance } from 'fastify';
import { readAlternateRequest, usesAlternateSyntax } from './alternateRequestSyntax.ts';
import { documentsRoutes } from './documentsRoutes.ts';
import { resourcesRoutes } from './resourcesRoutes.ts';
import { statementsRoutes } from './statementsRoutes.ts';
import { negotiateVersion } from './versionHeader.ts';
import type { XapiContext, XapiRequestState } from './xapiContext.ts';

/**
 * The xAPI endpoint (register with a prefix such as `/xapi`): every response carries
 * X-Experience-API-Version; every request but About must send a supported version and HTTP Basic
 * credentials before its route runs.
 */
export function xapiPlugin(context: XapiContext) {
  return async (app: FastifyInstance) => {
    app.decorateRequest('xapi', null as unknown as XapiRequestState);
    app.addHook('onRequest', async (request, reply) => {
      request.xapi = { version: '2.0.0', principal: undefined };
      reply.header('X-Experience-API-Version', '2.0.0');
      if (request.method === 'OPTIONS') return;
      const path = request.url.split('?')[0]!;
      // The alternate request syntax carries its headers in the body: it is checked once that is read.
      if (usesAlternateSyntax(request.url)) return;
      // Every response of the Statement resource carries it, errors included (spec: GET Statements).
      // The latest stored time committed before this request is read: every statement stored at or
      // before it is committed (storage gives each later batch a later `stored`), in any process.
      // The clock's time would claim statements another batch is still committing.
      if (/\/statements\/?$/.test(path)) {
        const through = await context.repository.latestStored().catch(() => undefined);
        reply.header('X-Experience-API-Consistent-Through', through ?? new Date(0).toISOString());
      }
      if (path.endsWith('/about')) return;
      const version = negotiateVersion(request.headers['x-experience-api-version'] as string | undefined);
      reply.header('X-Experience-API-Version', version);
      const principal = await context.authenticate(request.headers.authorization, request.ip);
      request.xapi = { version, principal };
    });
    // xAPI 1.0.x alternate request syntax: answered as the request it stands for (2.0: 400).
    app.addHook('preValidation', async (request, reply) => {
      if (!usesAlternateSyntax(request.url)) return;
      const inner = readAlternateRequest(request);
      const response = await app.inject({ ...inner, remoteAddress: request.ip });
      const {
        'content-length': _length,
        connection: _connection,
        'transfer-encoding': _encoding,
        date: _date,
        ...headers
      } = response.headers;
      return reply.code(response.statusCode).headers(headers).send(response.rawPayload);
    });
    statementsRoutes(app, context);
    documentsRoutes(app, context);
    resourcesRoutes(app, context);
  };
}
