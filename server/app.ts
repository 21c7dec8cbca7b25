import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { apiPlugin } from './api/apiPlugin.ts';
import { siteCurriculumReader } from './api/readSiteCurriculum.ts';
import { createAuthenticator } from './auth/authenticator.ts';
import { createFailureLimiter } from './auth/failureLimiter.ts';
import { createSharedFailureLimiter } from './auth/sharedFailureLimiter.ts';
import type { ServerConfig } from './config.ts';
import { publishedDefinitions } from './site/publishedDefinitions.ts';
import { notFoundPage, SITE_PAGE_HEADERS, sitePlugin } from './site/sitePlugin.ts';
import { isStorageFailure } from './storage/isStorageFailure.ts';
import type { Repository } from './storage/repository.ts';
import { assertJsonDepth } from './xapi/assertJsonDepth.ts';
import { isJsonType } from './xapi/mergeJsonDocument.ts';
import { createSharedWriteRateLimiter } from './xapi/sharedWriteRateLimiter.ts';
import { createWriteRateLimiter } from './xapi/writeRateLimiter.ts';
import { XapiError } from './xapi/xapiError.ts';
import { xapiPlugin } from './xapi/xapiPlugin.ts';

/** A request id a proxy may hand on: short, and nothing that could forge a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const EXPOSED = [
  'X-Request-Id',
  'ETag',
  'Last-Modified',
  'X-Experience-API-Version',
  'X-Experience-API-Consistent-Through',
];
const ALLOWED = [
  'Authorization',
  'Content-Type',
  'X-Experience-API-Version',
  'If-Match',
  'If-None-Match',
  'Accept-Language',
  'X-Requested-With',
];

/**
 * Builds the one server process: the xAPI LRS under `/xapi/`, Cohesion's API under `/api/` and the
 * built site at `/`. Not listening yet: call `listen({ port: 0 })` in tests.
 */
export async function buildApp(
  repository: Repository,
  config: ServerConfig,
  options: {
    logger?: boolean;
    logStream?: { write(line: string): void };
    /** The one-time token that lets a browser create the first admin (main.ts makes one while there are no users). */
    setupToken?: string;
  } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: config.maxBodyBytes,
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    // Every log line of a request carries its id (`reqId`): the proxy's X-Request-Id when it sends a
    // plain one, else a new UUID; the response echoes it, so a user's report finds the log lines.
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Parameters are read from the raw query string; keep Fastify from rejecting odd ones first.
    routerOptions: { ignoreTrailingSlash: true },
    // A client that stalls mid-body loses its socket instead of holding it forever.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    // Node enforces requestTimeout only when headersTimeout is not longer, and checks on this interval.
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(config.requestTimeoutMs / 4))),
    },
  });

  // Bodies are bytes until a route decides what they are (JSON, multipart/mixed, any document type).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  // Deeply nested JSON is refused before any route parses it (/api/ parses its JSON bodies itself, after the same check).
  app.addHook('preValidation', async (request) => {
    const body = request.body;
    if (!Buffer.isBuffer(body) || body.length === 0) return;
    if (isJsonType(request.headers['content-type'] ?? '')) assertJsonDepth(body, config.maxJsonDepth);
  });

  await app.register(fastifyHelmet, {
    // Site pages carry their own policy (Astro hashes each page's inline scripts and styles into a meta tag); sitePlugin adds the header part.
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: config.corsOrigins.length > 0 ? 'cross-origin' : 'same-origin' },
  });
  if (config.corsOrigins.length > 0) {
    await app.register(fastifyCors, {
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      methods: ['GET', 'PUT', 'POST', 'DELETE', 'HEAD', 'OPTIONS'],
      allowedHeaders: ALLOWED,
      exposedHeaders: EXPOSED,
      maxAge: 600,
    });
  }

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    let status = 500;
    if (error instanceof XapiError) status = error.status;
    else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500)
      status = error.statusCode;
    else if (isStorageFailure(error)) status = 503;
    if (status === 500) request.log.error({ err: error }, 'unexpected error');
    if (status === 503) {
      request.log.error({ err: error }, 'storage unavailable');
      reply.header('Retry-After', '30');
    }
    // Scripts that handle sign-in themselves send X-Requested-With (as Spring Security honours it): no Basic challenge, so no browser dialog.
    if (status === 401 && request.headers['x-requested-with'] !== 'XMLHttpRequest')
      reply.header('WWW-Authenticate', 'Basic realm="Cohesion xAPI", charset="UTF-8"');
    const message =
      (error as { code?: string }).code?.startsWith('FST_CSRF_') === true
        ? 'This request was refused: it does not carry the form token of your session (a page left open too long, or a request from another site). Reload the page and try again.'
        : status === 500
          ? 'Internal server error; the server log has the details.'
          : status === 503 && !(error instanceof XapiError)
            ? 'The database cannot take this request now (read-only, full or unreachable); nothing was recorded. Try again later; the server log has the cause.'
            : error.message;
    return reply.code(status).type('application/json').send({ error: true, status, message });
  });

  // Once the process is shutting down, each answer closes its connection: a client's idle keep-alive
  // connection would otherwise hold the shutdown up.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    if (closing) reply.header('Connection', 'close');
    // Everything under /xapi/ and /api/ carries credentials or learner data: no browser or proxy may keep a copy.
    if (request.url.startsWith('/xapi/') || request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
  // One count of failed checks per address, shared by Basic credentials and enrolment-code redemptions.
  // Several processes on one database (PostgreSQL) count failures and writes together there.
  const shared = repository.sharedCounters;
  const failures = shared
    ? createSharedFailureLimiter(shared, config.authFailuresPerMinute, 60_000)
    : createFailureLimiter(config.authFailuresPerMinute, 60_000);
  const authenticate = createAuthenticator(repository, failures, config.credentialCacheMs);
  // One reader of the built site's curriculum for the process: each change of the file is read and parsed once.
  const curriculumOf = siteCurriculumReader(config.siteDir);
  const publishedDefinition = publishedDefinitions(curriculumOf);
  const writeLimiter = shared
    ? createSharedWriteRateLimiter(shared, config.writesPerMinute)
    : createWriteRateLimiter(config.writesPerMinute);
  await app.register(
    xapiPlugin({
      repository,
      authenticate,
      pageSize: config.pageSize,
      maxBatch: config.maxBatch,
      authorityHomePage: config.publicUrl,
      writeLimiter,
      maxJsonDepth: config.maxJsonDepth,
      publishedDefinition,
    }),
    { prefix: '/xapi' },
  );
  await app.register(
    apiPlugin({
      repository,
      authenticate,
      failures,
      siteDir: config.siteDir,
      curriculumOf,
      workforceMinGroup: config.workforceMinGroup,
      caseSubmissionsPerHour: config.caseSubmissionsPerHour,
      maxJsonDepth: config.maxJsonDepth,
      sessionHours: config.sessionHours,
      passwordHashCost: config.passwordHashCost,
      publicUrl: config.publicUrl,
      csrfKey: config.csrfKey,
      setupToken: options.setupToken,
    }),
    { prefix: '/api' },
  );

  // For a load balancer or orchestrator: the process is up; it can serve (its database answers).
  // Neither needs credentials nor says more than that. While the process shuts down, Fastify answers 503.
  // Probes come every few seconds: only their warnings and errors are logged, not each request.
  const probe = { logLevel: 'warn' } as const;
  app.get('/healthz', probe, async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'ok' }),
  );
  app.get('/readyz', probe, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await repository.migrationVersions();
      return reply.send({ status: 'ready' });
    } catch (error) {
      request.log.error({ err: error }, 'readiness check: the database does not answer');
      return reply
        .code(503)
        .header('Retry-After', '5')
        .send({ status: 'unavailable', message: 'The database does not answer; send no traffic here for now.' });
    }
  });

  const hasSite = existsSync(config.siteDir);
  if (hasSite) await app.register(sitePlugin(config.siteDir));
  const page404 = await notFoundPage(config.siteDir);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/xapi/') || request.url.startsWith('/api/')) {
      return reply
        .code(404)
        .type('application/json')
        .send({ error: true, status: 404, message: `No resource at ${request.method} ${request.url.split('?')[0]}.` });
    }
    return reply
      .code(404)
      .headers(SITE_PAGE_HEADERS)
      .type('text/html; charset=utf-8')
      .send(page404(request.url.split('?')[0]!));
  });
  return app;
}
