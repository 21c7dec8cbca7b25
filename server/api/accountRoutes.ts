import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FailureLimiter } from '../auth/failureLimiter.ts';
import { hashSecret, verifySecret } from '../auth/hashSecret.ts';
import { passwordProblem } from '../auth/passwordProblem.ts';
import type { Principal } from '../auth/principal.ts';
import { hashSessionId, type Sessions } from '../auth/sessions.ts';
import type { Repository, User } from '../storage/repository.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { jsonBody } from './jsonBody.ts';

/** What the account routes need from the API context. */
export interface AccountContext {
  repository: Repository;
  failures: FailureLimiter;
  sessions: Sessions;
  /** The caller: Basic credentials when sent, else the session cookie (401 when neither). */
  principal(request: FastifyRequest): Promise<Principal>;
  /** The CSRF token for the request's session id ('' before sign-in). */
  csrfToken(reply: FastifyReply, sessionId: string): string;
  /** The one-time setup token printed at start while there are no users; undefined when none was made. */
  setupToken: string | undefined;
  /** scrypt cost N of new password hashes (PASSWORD_HASH_COST); the decoy is made at it too. */
  passwordHashCost: number;
}

const usernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._@-]{1,64}$/, 'letters, digits and . _ @ - only, at most 64')
  .describe('user name');
const signInSchema = z.strictObject({ username: z.string().min(1).max(200), password: z.string().min(1).max(1024) });
const passwordSchema = z.strictObject({ current: z.string().min(1).max(1024), next: z.string().max(1024) });
const setupSchema = z.strictObject({
  token: z.string().min(1).max(200),
  username: usernameSchema,
  password: z.string(),
});
const newUserSchema = z.strictObject({
  username: usernameSchema,
  role: z.enum(['lead', 'admin']),
  password: z.string().max(1024),
});
const disableSchema = z.strictObject({ disabled: z.boolean() });

/** A hash to verify against when the user name is unknown, so a refusal takes as long either way. */
let decoy: Promise<string> | undefined;

const sameToken = (a: string, b: string) =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/** The person behind a principal, as pages show it. */
const whoOf = (p: { username: string; role: string }) => ({ username: p.username, role: p.role });

/** A refusal when a chosen password does not meet the policy, naming the field. */
function assertAcceptable(password: string, username: string, field: string) {
  const problem = passwordProblem(password, username);
  if (problem !== undefined) throw badRequest(`${field}: ${problem}`);
}

/** 429 while the address has too many failed checks (the one limit Basic, codes and sign-in share). */
function assertNotLimited(failures: FailureLimiter, client: string) {
  const wait = failures.retryAfterMs(client);
  if (wait > 0)
    throw new XapiError(
      429,
      `Too many failed sign-in attempts from this address; try again in ${Math.ceil(wait / 1000)} s.`,
    );
}

/**
 * The browser's account API: `GET /api/session` (who is signed in, a CSRF token, whether first-run
 * setup is open), sign-in and sign-out, password change, first-admin setup, and the admin's users.
 */
export function accountRoutes(app: FastifyInstance, context: AccountContext) {
  const { repository, failures, sessions } = context;
  let setupOpen = context.setupToken !== undefined;
  const setupNeeded = async () => {
    if (setupOpen && (await repository.listUsers()).length > 0) setupOpen = false;
    return setupOpen;
  };
  const admin = async (request: FastifyRequest) => {
    const principal = await context.principal(request);
    if (principal.role !== 'admin') throw new XapiError(403, 'Only admins manage users.');
    return principal;
  };
  const signedIn = async (request: FastifyRequest, reply: FastifyReply, user: User) => {
    const id = await sessions.start(request, reply, user);
    return { user: whoOf(user), csrfToken: context.csrfToken(reply, id) };
  };

  app.get('/session', async (request, reply) => {
    const principal = await sessions.principal(request);
    const id = principal === undefined ? '' : sessions.idOf(request);
    return {
      user: principal === undefined ? null : whoOf(principal),
      csrfToken: context.csrfToken(reply, id),
      setupNeeded: await setupNeeded(),
    };
  });

  app.post('/session', async (request, reply) => {
    assertNotLimited(failures, request.ip);
    const body = jsonBody(request, signInSchema);
    const user = await repository.findUser(body.username);
    decoy ??= hashSecret('decoy password of no user', context.passwordHashCost);
    const ok = await verifySecret(body.password, user?.secretHash ?? (await decoy));
    if (user === undefined || !ok) {
      await failures.recordFailure(request.ip, body.username);
      throw new XapiError(401, 'This user name and password were not accepted.');
    }
    await failures.recordSuccess(request.ip, body.username);
    if (user.disabled) throw new XapiError(403, 'This account is disabled. Ask an admin.');
    if (user.role === 'learner')
      throw new XapiError(403, 'Learner credentials belong to a device: connect on the Sync page instead.');
    return signedIn(request, reply, user);
  });

  app.delete('/session', async (request, reply) => {
    await sessions.end(request, reply);
    return { user: null, csrfToken: context.csrfToken(reply, '') };
  });

  app.post('/session/password', async (request) => {
    const principal = await sessions.principal(request);
    if (principal === undefined) throw new XapiError(401, 'Sign in first.');
    assertNotLimited(failures, request.ip);
    const body = jsonBody(request, passwordSchema);
    const user = await repository.findUser(principal.username);
    if (user === undefined || !(await verifySecret(body.current, user.secretHash))) {
      await failures.recordFailure(request.ip, principal.username);
      throw badRequest('current: this is not your current password.');
    }
    assertAcceptable(body.next, user.username, 'next');
    await repository.setUserSecret(user.username, await hashSecret(body.next, context.passwordHashCost));
    // Every other session of this user ends: whoever knew the old password is signed out.
    await repository.deleteSessionsOf(user.username, hashSessionId(sessions.idOf(request)));
    return { changed: true };
  });

  app.post('/setup', async (request, reply) => {
    if (!(await setupNeeded()))
      throw new XapiError(404, 'Setup is closed: this server already has users. Sign in instead.');
    assertNotLimited(failures, request.ip);
    const body = jsonBody(request, setupSchema);
    if (!sameToken(body.token, context.setupToken!)) {
      await failures.recordFailure(request.ip, 'setup token');
      throw new XapiError(403, 'token: this is not the setup token the server printed when it started.');
    }
    assertAcceptable(body.password, body.username, 'password');
    const user: User = {
      username: body.username,
      secretHash: await hashSecret(body.password, context.passwordHashCost),
      role: 'admin',
      agent: null,
      createdMs: Date.now(),
    };
    if (!(await repository.createFirstUser(user))) {
      setupOpen = false;
      throw new XapiError(409, 'Another admin was just created: setup is closed. Sign in instead.');
    }
    setupOpen = false;
    return reply.code(201).send(await signedIn(request, reply, user));
  });

  app.get('/users', async (request) => {
    await admin(request);
    const users = await repository.listUsers();
    return {
      users: users.map((u) => ({
        username: u.username,
        role: u.role,
        agent: u.agent,
        disabled: u.disabled === true,
        createdAt: new Date(u.createdMs).toISOString(),
      })),
    };
  });

  app.post('/users', async (request, reply) => {
    const by = await admin(request);
    const body = jsonBody(request, newUserSchema);
    assertAcceptable(body.password, body.username, 'password');
    if (await repository.findUser(body.username))
      throw new XapiError(409, `username: "${body.username}" is taken; choose another.`);
    await repository.createUser({
      username: body.username,
      secretHash: await hashSecret(body.password, context.passwordHashCost),
      role: body.role,
      agent: null,
      createdMs: Date.now(),
    });
    request.log.info({ by: by.username, username: body.username, role: body.role }, 'user added');
    return reply.code(201).send({ username: body.username, role: body.role });
  });

  app.post('/users/:username/disabled', async (request) => {
    const by = await admin(request);
    const { username } = request.params as { username: string };
    const body = jsonBody(request, disableSchema);
    if (username === by.username) throw new XapiError(409, 'You cannot disable yourself.');
    if (!(await repository.setUserDisabled(username, body.disabled, Date.now())))
      throw new XapiError(404, `No user "${username}".`);
    return { username, disabled: body.disabled };
  });

  app.delete('/users/:username', async (request) => {
    const by = await admin(request);
    const { username } = request.params as { username: string };
    if (username === by.username) throw new XapiError(409, 'You cannot remove yourself.');
    if (!(await repository.deleteUser(username))) throw new XapiError(404, `No user "${username}".`);
    return { removed: username };
  });
}
