import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticator.ts';
import { hashEnrolmentCode, newDeviceSecret, newEnrolmentCode } from '../auth/enrolmentCode.ts';
import type { FailureLimiter } from '../auth/failureLimiter.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import type { Principal } from '../auth/principal.ts';
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts';
import { badgeRoutes } from '../badges/badgeRoutes.ts';
import type { Repository } from '../storage/repository.ts';
import { assertJsonDepth } from '../xapi/assertJsonDepth.ts';
import { parseAgentParam } from '../xapi/parseAgentParam.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { accountRoutes } from './accountRoutes.ts';
import { deviceRoutes } from './deviceRoutes.ts';
import { evidenceRoutes } from './evidenceRoutes.ts';
import { fieldCaseRoutes } from './fieldCaseRoutes.ts';
import { invitationRoutes } from './invitationRoutes.ts';
import { itemRoutes } from './itemRoutes.ts';
import { journeyStates } from './journeyStates.ts';
import { jsonBody } from './jsonBody.ts';
import { learnerAggregates } from './learnerAggregates.ts';
import { pairingRoutes } from './pairingRoutes.ts';
import { populationRoutes } from './populationRoutes.ts';
import { profileRoutes } from './profileRoutes.ts';
import { programmeEventRoutes } from './programmeEventRoutes.ts';
import type { SiteCurriculum } from './readSiteCurriculum.ts';
import { workforceRoutes } from './workforceRoutes.ts';

/** What the /api/ routes need. */
export interface ApiContext {
  repository: Repository;
  authenticate: Authenticator;
  /** The per-address count of failed checks, shared with the Basic credential check. */
  failures: FailureLimiter;
  /** The built site: its item bank and badge achievements are read from it. */
  siteDir: string;
  /** The built site's curriculum.json, through the process's one reader. */
  curriculumOf: SiteCurriculum;
  workforceMinGroup: number;
  /** Field cases one learner may submit or resubmit in an hour (CASE_SUBMISSIONS_PER_HOUR). */
  caseSubmissionsPerHour: number;
  /** How deeply a JSON body may nest (MAX_JSON_DEPTH). */
  maxJsonDepth: number;
  /** How long a browser sign-in session lasts (SESSION_HOURS). */
  sessionHours: number;
  /** scrypt cost N of new password and device-secret hashes (PASSWORD_HASH_COST). */
  passwordHashCost: number;
  /** The public base URL: an https one makes the session cookie Secure. */
  publicUrl: string;
  /** The key CSRF tokens are bound to sessions with (COHESION_SECRET, or random per process). */
  csrfKey: string;
  /** The one-time first-run setup token, while the server has no users. */
  setupToken: string | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Unauthenticated endpoints a device calls without a session: nothing for a forged request to ride on. */
const NO_CSRF = new Set(['/api/enrolments/redeem', '/api/pairings/claim', '/api/pairings/wait']);

const issueSchema = z.strictObject({
  agent: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('the learner agent the code is for; when absent the learner supplies it'),
  expiresInHours: z
    .number()
    .positive()
    .max(24 * 90)
    .default(72),
});
const redeemSchema = z.strictObject({ code: z.string().min(1), agent: z.record(z.string(), z.unknown()).optional() });

/**
 * Cohesion's own API beside xAPI (`/api/`): the enrolment flow — a COE lead issues a one-time code,
 * the learner's browser redeems it for device credentials bound to the learner's agent — and `me`.
 * Aggregate endpoints for COE views (e.g. `/api/coverage/…`) belong here too.
 */
export function apiPlugin(context: ApiContext) {
  return async (app: FastifyInstance) => {
    // /api/ bodies are JSON, parsed by Fastify's own parser (secure-json-parse: no __proto__ pollution)
    // once they pass the depth limit; other content types get Fastify's 415.
    app.removeAllContentTypeParsers();
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      const bytes = body as Buffer;
      if (bytes.length === 0) return done(null, undefined);
      try {
        assertJsonDepth(bytes, context.maxJsonDepth);
      } catch (error) {
        return done(error as Error);
      }
      parseJson(request, bytes.toString('utf8'), done);
    });

    // Sessions and CSRF: a request that carries Basic credentials is judged by them alone (xAPI
    // clients, scripts); every other state-changing request must carry the CSRF token bound to its session.
    await app.register(fastifyCookie);
    await app.register(fastifyCsrfProtection, {
      cookieKey: 'cohesion_csrf',
      cookieOpts: { path: '/api', sameSite: 'strict', httpOnly: true, secure: context.publicUrl.startsWith('https:') },
      getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
      // Bound to the session id, so a token made for one session (or for none) fails in another.
      getUserInfo: (request) => `session:${request.cookies[SESSION_COOKIE] ?? ''}`,
      csrfOpts: { hmacKey: context.csrfKey },
    });
    app.addHook('onRequest', (request, reply, done) => {
      if (
        SAFE_METHODS.has(request.method) ||
        request.headers.authorization !== undefined ||
        NO_CSRF.has(request.url.split('?')[0]!)
      )
        return done();
      app.csrfProtection(request, reply, done);
    });
    const sessions = createSessions(context.repository, { hours: context.sessionHours, publicUrl: context.publicUrl });
    const callerOf = async (request: FastifyRequest): Promise<Principal> => {
      const authorization = request.headers.authorization;
      if (authorization === undefined) {
        const fromSession = await sessions.principal(request);
        if (fromSession !== undefined) return fromSession;
      }
      return context.authenticate(authorization, request.ip);
    };
    const csrfToken = (reply: FastifyReply, sessionId: string) =>
      reply.generateCsrf({ userInfo: `session:${sessionId}` });

    const learners = learnerAggregates(context.repository, context.curriculumOf);
    app.addHook('onClose', () => learners.close());
    // One reader of the journey documents for both views: each changed document is read once.
    const journeys = journeyStates(context.repository);
    workforceRoutes(app, { ...context, learners, journeys, principal: callerOf });
    itemRoutes(app, { ...context, principal: callerOf });
    evidenceRoutes(app, { ...context, learners, journeys, principal: callerOf });
    programmeEventRoutes(app, { repository: context.repository, principal: callerOf });
    fieldCaseRoutes(app, {
      ...context,
      principal: callerOf,
      submissionsPerHour: context.caseSubmissionsPerHour,
    });
    populationRoutes(app, { ...context, principal: callerOf });
    profileRoutes(app, { ...context, principal: callerOf });
    accountRoutes(app, { ...context, sessions, principal: callerOf, csrfToken });
    invitationRoutes(app, {
      repository: context.repository,
      principal: callerOf,
      curriculumOf: context.curriculumOf,
    });
    deviceRoutes(app, {
      repository: context.repository,
      principal: callerOf,
      forget: (username) => context.authenticate.forget?.(username),
    });
    pairingRoutes(app, {
      repository: context.repository,
      failures: context.failures,
      principal: callerOf,
      passwordHashCost: context.passwordHashCost,
    });
    badgeRoutes(app, { ...context, principal: callerOf });

    app.get('/me', async (request) => {
      const principal = await callerOf(request);
      return { username: principal.username, role: principal.role, agent: principal.agent };
    });

    app.post('/enrolments', async (request, reply) => {
      const principal = await callerOf(request);
      if (principal.role === 'learner') throw new XapiError(403, 'Only COE leads and admins issue enrolment codes.');
      const body = jsonBody(request, issueSchema);
      const tied = body.agent === undefined ? undefined : parseAgentParam(JSON.stringify(body.agent));
      if (tied !== undefined && principal.role === 'lead') {
        const use = await context.repository.agentInUse(tied.key);
        if (use.credential || use.records) {
          throw new XapiError(
            403,
            'This agent already has a credential or recorded learning: a lead can only tie a code to a new learner. An admin can add a device for an enrolled learner.',
          );
        }
      }
      const agent = tied?.agent ?? null;
      const code = newEnrolmentCode();
      const expiresMs = Date.now() + body.expiresInHours * 3_600_000;
      // Only an admin's code may add a device to an agent that already has a credential.
      await context.repository.createEnrolmentCode({
        codeHash: hashEnrolmentCode(code),
        issuedBy: principal.username,
        agent,
        expiresMs,
        addsDevice: principal.role === 'admin',
      });
      return reply.code(201).send({ code, expiresAt: new Date(expiresMs).toISOString(), agent });
    });

    app.post('/enrolments/redeem', async (request, reply) => {
      const wait = context.failures.retryAfterMs(request.ip);
      if (wait > 0)
        throw new XapiError(
          429,
          `Too many failed enrolment attempts from this address; try again in ${Math.ceil(wait / 1000)} s.`,
        );
      const body = jsonBody(request, redeemSchema);
      const offered = body.agent === undefined ? undefined : parseAgentParam(JSON.stringify(body.agent));
      const password = newDeviceSecret();
      const secretHash = await hashSecret(password, context.passwordHashCost);
      const result = await context.repository.redeemEnrolmentCode(hashEnrolmentCode(body.code), Date.now(), (code) => {
        const agent = code.agent ?? offered?.agent;
        if (agent === undefined)
          throw badRequest(
            'This code is not tied to an agent: send your agent with it, e.g. {"code": "…", "agent": {"account": {…}}}.',
          );
        return {
          username: `learner-${randomBytes(6).toString('hex')}`,
          secretHash,
          role: 'learner',
          agent,
          createdMs: Date.now(),
        };
      });
      if (result.kind === 'invalid') {
        await context.failures.recordFailure(request.ip, 'enrolment code');
        throw new XapiError(
          400,
          'This enrolment code is unknown, already used or expired. Ask your COE lead for a new one.',
        );
      }
      if (result.kind === 'agentTaken') {
        await context.failures.recordFailure(request.ip, 'enrolment agent');
        throw new XapiError(
          409,
          'This agent is already enrolled (it has a credential or recorded learning), so this code cannot bind it. The code is still unused: redeem it for a new agent, or ask an admin to add this device.',
        );
      }
      const { user } = result;
      return reply.code(201).send({ username: user.username, password, agent: user.agent, endpoint: '/xapi/' });
    });
  };
}
