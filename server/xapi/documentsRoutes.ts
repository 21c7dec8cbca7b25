import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assertCanReadAgent, assertCanWriteDocument, requirePrincipal } from '../auth/permissions.ts';
import type { DocumentKind, DocumentScope, StoredDocument } from '../storage/repository.ts';
import { checkPreconditions } from './checkPreconditions.ts';
import { documentEtag } from './documentEtag.ts';
import { isJsonType, mergeJsonDocument } from './mergeJsonDocument.ts';
import { parseAgentParam } from './parseAgentParam.ts';
import { readParams, requireParam, timestampParam } from './readParams.ts';
import { spendWrites } from './writeRateLimiter.ts';
import type { XapiContext } from './xapiContext.ts';
import { badRequest, XapiError } from './xapiError.ts';

/** How one document resource names its parameters (spec: State, Activity Profile, Agent Profile resources). */
interface DocumentResource {
  kind: DocumentKind;
  path: string;
  idParam: 'stateId' | 'profileId';
  usesActivity: boolean;
  usesAgent: boolean;
  usesRegistration: boolean;
  /** PUT over an existing document without If-Match/If-None-Match is a 409 (xAPI 2.0 Concurrency lists all three resources). */
  conditionalPut: boolean;
  /** DELETE without an id clears the whole scope (State only). */
  deleteAll: boolean;
}

const RESOURCES: DocumentResource[] = [
  {
    kind: 'state',
    path: '/activities/state',
    idParam: 'stateId',
    usesActivity: true,
    usesAgent: true,
    usesRegistration: true,
    conditionalPut: true,
    deleteAll: true,
  },
  {
    kind: 'activityProfile',
    path: '/activities/profile',
    idParam: 'profileId',
    usesActivity: true,
    usesAgent: false,
    usesRegistration: false,
    conditionalPut: true,
    deleteAll: false,
  },
  {
    kind: 'agentProfile',
    path: '/agents/profile',
    idParam: 'profileId',
    usesActivity: false,
    usesAgent: true,
    usesRegistration: false,
    conditionalPut: true,
    deleteAll: false,
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const search = (request: FastifyRequest) => request.url.slice(request.url.indexOf('?') + 1 || request.url.length);

function readScope(resource: DocumentResource, request: FastifyRequest, extra: string[]) {
  const allowed = [resource.idParam, ...extra];
  if (resource.usesActivity) allowed.push('activityId');
  if (resource.usesAgent) allowed.push('agent');
  if (resource.usesRegistration) allowed.push('registration');
  const params = readParams(search(request), allowed);
  const scope: DocumentScope = { kind: resource.kind, activityId: '', agentKey: '', registration: '' };
  if (resource.usesActivity) scope.activityId = requireParam(params, 'activityId');
  if (resource.usesAgent) scope.agentKey = parseAgentParam(requireParam(params, 'agent')).key;
  const registration = params.get('registration');
  if (registration !== undefined) {
    if (!UUID.test(registration)) throw badRequest(`Parameter "registration" must be a UUID, got "${registration}".`);
    scope.registration = registration.toLowerCase();
  }
  return { params, scope, docId: params.get(resource.idParam) };
}

function preconditions(request: FastifyRequest) {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  return { ifMatch: header('if-match'), ifNoneMatch: header('if-none-match') };
}

function sendDocument(reply: FastifyReply, document: StoredDocument) {
  reply.header('ETag', `"${document.etag}"`);
  reply.header('Last-Modified', new Date(document.updatedMs).toUTCString());
  return reply.type(document.contentType).send(Buffer.from(document.content));
}

/** Registers GET/PUT/POST/DELETE for the three document resources, with ETag concurrency and JSON merge. */
export function documentsRoutes(app: FastifyInstance, context: XapiContext): void {
  const { repository } = context;

  for (const resource of RESOURCES) {
    const authorise = (request: FastifyRequest, scope: DocumentScope, write: boolean) => {
      const principal = requirePrincipal(request.xapi.principal);
      const agentKey = resource.usesAgent ? scope.agentKey : undefined;
      if (write) assertCanWriteDocument(principal, agentKey);
      else if (resource.usesAgent) assertCanReadAgent(principal, agentKey);
    };

    app.get(resource.path, async (request, reply) => {
      const { params, scope, docId } = readScope(resource, request, ['since']);
      authorise(request, scope, false);
      if (docId !== undefined) {
        if (params.has('since')) throw badRequest(`"since" lists ids; it cannot be combined with ${resource.idParam}.`);
        const document = await repository.getDocument(scope, docId);
        if (document === undefined) throw new XapiError(404, `No document "${docId}" here.`);
        return sendDocument(reply, document);
      }
      const { ids, lastUpdatedMs } = await repository.listDocuments(scope, timestampParam(params, 'since'));
      const body = Buffer.from(JSON.stringify(ids));
      if (lastUpdatedMs !== undefined) reply.header('Last-Modified', new Date(lastUpdatedMs).toUTCString());
      reply.header('ETag', `"${documentEtag(body)}"`);
      return reply.type('application/json').send(body);
    });

    const write = (merge: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { scope, docId } = readScope(resource, request, []);
      if (docId === undefined) throw badRequest(`Missing required parameter "${resource.idParam}".`);
      authorise(request, scope, true);
      spendWrites(context.writeLimiter, requirePrincipal(request.xapi.principal), 1, reply);
      const contentType = request.headers['content-type'] ?? 'application/octet-stream';
      const content = (request.body as Buffer | undefined) ?? Buffer.alloc(0);
      if (isJsonType(contentType)) {
        try {
          const parsed: unknown = JSON.parse(content.toString('utf8'));
          if (merge && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)))
            throw new Error('not an object');
        } catch {
          throw badRequest(
            `The document is sent as application/json but is not ${merge ? 'a JSON object' : 'valid JSON'}.`,
          );
        }
      }
      const headers = preconditions(request);
      await repository.changeDocument(scope, docId, (current) => {
        // xAPI 1.0.3 (Communication 2.6/2.7) also refuses an unconditional profile PUT of a new document.
        const newNeedsPrecondition = !merge && resource.kind !== 'state' && request.xapi.version === '1.0.3';
        checkPreconditions(current?.etag, headers, !merge && resource.conditionalPut, newNeedsPrecondition);
        const next = merge && current !== undefined ? mergeJsonDocument(current, { contentType, content }) : content;
        const type = merge && current !== undefined ? 'application/json' : contentType;
        return {
          kind: 'put',
          document: { contentType: type, content: next, etag: documentEtag(next), updatedMs: Date.now() },
        };
      });
      return reply.code(204).send();
    };
    app.put(resource.path, write(false));
    app.post(resource.path, write(true));

    app.delete(resource.path, async (request, reply) => {
      const { scope, docId } = readScope(resource, request, []);
      authorise(request, scope, true);
      if (docId === undefined) {
        if (!resource.deleteAll) throw badRequest(`Missing required parameter "${resource.idParam}".`);
        await repository.deleteDocuments(scope);
        return reply.code(204).send();
      }
      const headers = preconditions(request);
      await repository.changeDocument(scope, docId, (current) => {
        checkPreconditions(current?.etag, { ifMatch: headers.ifMatch, ifNoneMatch: undefined }, false);
        return current === undefined ? { kind: 'none' } : { kind: 'delete' };
      });
      return reply.code(204).send();
    });
  }
}
