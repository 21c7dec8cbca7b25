import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assertCanReadAgent, assertCanVoid, assertCanWriteStatement, requirePrincipal } from '../auth/permissions.ts';
import type { Principal } from '../auth/principal.ts';
import type { NewStatement } from '../storage/repository.ts';
import { isSameStatement } from './compareStatements.ts';
import { acceptedLanguages, formatStatement } from './formatStatement.ts';
import { indexStatement } from './indexStatement.ts';
import { matchAttachments } from './matchAttachments.ts';
import { buildMultipartMixed } from './multipartMixed.ts';
import { normalizeIncoming, stampStatement } from './normalizeStatement.ts';
import { CURSOR_PARAM, parseStatementQuery, type StatementFormat } from './parseStatementQuery.ts';
import { readParams, requireParam } from './readParams.ts';
import { readStatementsBody } from './readStatementsBody.ts';
import { validateStatement } from './validateStatement.ts';
import { verifySignature } from './verifySignature.ts';
import { spendWrites } from './writeRateLimiter.ts';
import type { XapiContext } from './xapiContext.ts';
import { badRequest, XapiError } from './xapiError.ts';
import type { JsonObject, StatementJson } from './xapiTypes.ts';

const search = (request: FastifyRequest) => request.url.slice(request.url.indexOf('?') + 1 || request.url.length);

/** Registers PUT, POST and GET on /statements (spec: Statement Resource). */
export function statementsRoutes(app: FastifyInstance, context: XapiContext): void {
  const { repository } = context;

  async function store(
    request: FastifyRequest,
    reply: FastifyReply,
    raw: unknown[],
    principal: Principal,
    attachmentParts: ReturnType<typeof readStatementsBody>['attachments'],
  ) {
    if (raw.length > context.maxBatch)
      throw new XapiError(
        413,
        `A batch holds at most ${context.maxBatch} statements; this one has ${raw.length}. Split it.`,
      );
    spendWrites(context.writeLimiter, principal, raw.length, reply);
    const authority = {
      objectType: 'Agent' as const,
      name: principal.username,
      account: { homePage: context.authorityHomePage, name: principal.username },
    };
    const version = request.xapi.version === '2.0.0' ? '2.0.0' : '1.0.0';
    const items: NewStatement[] = [];
    const seen = new Set<string>();
    for (const [i, entry] of raw.entries()) {
      const where = raw.length === 1 ? 'statement' : `statements[${i}]`;
      const statement = validateStatement(normalizeIncoming(entry), where);
      await verifySignature(statement, attachmentParts, where);
      assertCanWriteStatement(principal, statement);
      const stamped = stampStatement(statement, { id: randomUUID(), authority, version });
      if (seen.has(stamped.id!))
        throw badRequest(`The batch contains statement id ${stamped.id} twice; ids must be unique within a batch.`);
      seen.add(stamped.id!);
      items.push({ statement: stamped, index: indexStatement(stamped) });
    }
    if (principal.role === 'learner') await limitLearnerBatch(items, principal);
    const attachments = matchAttachments(
      items.map((i) => i.statement),
      attachmentParts,
    );
    const result = await repository.insertStatements(items, attachments, isSameStatement);
    if (result.kind === 'conflict')
      throw new XapiError(
        409,
        `Statement ${result.id} already exists with different content; statements are immutable. Use a new id.`,
      );
    return result.ids;
  }

  /** A learner's batch voids only the learner's own statements and never rewrites a published or existing activity definition. */
  async function limitLearnerBatch(items: NewStatement[], principal: Principal) {
    const inBatch = new Map(items.map((i) => [i.statement.id!, i.statement]));
    for (const { index } of items) {
      if (index.voids && index.targetId !== null)
        assertCanVoid(
          principal,
          inBatch.get(index.targetId) ?? (await repository.findStatement(index.targetId))?.statement,
        );
    }
    const mayDefine = new Map<string, boolean>();
    for (const item of items) {
      const kept = [];
      for (const entry of item.index.definitions) {
        if (!mayDefine.has(entry.id)) {
          mayDefine.set(
            entry.id,
            (await context.publishedDefinition(entry.id)) === undefined &&
              (await repository.getActivityDefinition(entry.id)) === undefined,
          );
        }
        if (mayDefine.get(entry.id)) kept.push(entry);
      }
      item.index = { ...item.index, definitions: kept };
    }
  }

  app.put('/statements', async (request, reply) => {
    const principal = requirePrincipal(request.xapi.principal);
    const params = readParams(search(request), ['statementId']);
    const statementId = requireParam(params, 'statementId').toLowerCase();
    const body = readStatementsBody(
      request.headers['content-type'],
      request.body as Buffer | undefined,
      context.maxJsonDepth,
    );
    const json = body.json as Record<string, unknown>;
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw badRequest('PUT stores one statement: send a JSON object, not an array.');
    if (typeof json.id === 'string' && json.id.toLowerCase() !== statementId)
      throw badRequest(`The statement's id ${json.id} differs from the statementId parameter ${statementId}.`);
    await store(request, reply, [{ ...json, id: statementId }], principal, body.attachments);
    return reply.code(204).send();
  });

  app.post('/statements', async (request, reply) => {
    const principal = requirePrincipal(request.xapi.principal);
    readParams(search(request), []);
    const body = readStatementsBody(
      request.headers['content-type'],
      request.body as Buffer | undefined,
      context.maxJsonDepth,
    );
    const raw = Array.isArray(body.json) ? body.json : [body.json];
    const ids = raw.length === 0 ? [] : await store(request, reply, raw, principal, body.attachments);
    return reply.code(200).send(ids);
  });

  async function render(statements: StatementJson[], format: StatementFormat, request: FastifyRequest) {
    const definitions = new Map<string, JsonObject>();
    if (format === 'canonical') {
      const ids = new Set(statements.flatMap((s) => indexStatement(s).activities.map((a) => a.id)));
      for (const id of ids) {
        const definition = (await context.publishedDefinition(id)) ?? (await repository.getActivityDefinition(id));
        if (definition !== undefined) definitions.set(id, definition);
      }
    }
    const languages = acceptedLanguages(request.headers['accept-language']);
    return statements.map((s) => formatStatement(s, { format, languages, definitions }));
  }

  async function send(reply: FastifyReply, payload: unknown, statements: StatementJson[], withAttachments: boolean) {
    if (!withAttachments) return reply.type('application/json').send(payload);
    const data = await repository.getAttachments(statements.map((s) => s.id!));
    const { contentType, body } = buildMultipartMixed([
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) },
      ...data.map((a) => ({
        headers: {
          'Content-Type': a.contentType,
          'Content-Transfer-Encoding': 'binary',
          'X-Experience-API-Hash': a.sha2,
        },
        body: Buffer.from(a.content),
      })),
    ]);
    return reply.type(contentType).send(body);
  }

  app.get('/statements', async (request, reply) => {
    const principal = requirePrincipal(request.xapi.principal);
    const query = parseStatementQuery(search(request), context.pageSize);
    if (query.kind === 'single') {
      const found = await repository.findStatement(query.id);
      // Permission first: whether another learner's statement was voided is not the caller's business.
      if (found !== undefined && principal.role === 'learner' && !found.agentKeys.includes(principal.agentKey ?? ''))
        assertCanReadAgent(principal, undefined);
      if (found === undefined || found.voided !== query.voided) {
        throw new XapiError(
          404,
          query.voided
            ? `No voided statement with id ${query.id}.`
            : `No statement with id ${query.id}${found?.voided ? ' (it was voided: ask with voidedStatementId)' : ''}.`,
        );
      }
      const [statement] = await render([found.statement], query.format, request);
      reply.header('Last-Modified', new Date(found.statement.stored!).toUTCString());
      return send(reply, statement, [found.statement], query.attachments);
    }
    const filter = { ...query.filter };
    if (principal.role === 'learner') {
      if (filter.agentKey !== undefined) assertCanReadAgent(principal, filter.agentKey);
      filter.ownerKey = principal.agentKey ?? '';
    }
    const page = await repository.queryStatements(filter);
    let more = '';
    if (page.next !== undefined) {
      const next = new URLSearchParams([...query.params]);
      next.set(CURSOR_PARAM, String(page.next));
      more = `${request.url.split('?')[0]}?${next.toString()}`;
    }
    const statements = await render(page.statements, query.format, request);
    const newest = page.statements.reduce<string | undefined>(
      (max, s) => (max === undefined || s.stored! > max ? s.stored! : max),
      undefined,
    );
    if (newest !== undefined) reply.header('Last-Modified', new Date(newest).toUTCString());
    return send(reply, { statements, more }, page.statements, query.attachments);
  });
}
