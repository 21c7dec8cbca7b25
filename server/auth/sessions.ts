import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Repository, User } from '../storage/repository.ts';
import { type Principal, principalOf } from './principal.ts';

/** The name of the session cookie (HttpOnly: scripts never see it). */
export const SESSION_COOKIE = 'cohesion_session';

/** The stored form of a session id: its SHA-256 (the id is 256 random bits, so no salt or scrypt is needed). */
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

/** Browser sign-in sessions: start one for a user, find the caller's, end one. */
export interface Sessions {
  /** Stores a new session for `user` and sets its cookie; returns the new id (for the CSRF token it binds). */
  start(request: FastifyRequest, reply: FastifyReply, user: User): Promise<string>;
  /** The principal of the request's session cookie, or undefined when there is no live session. */
  principal(request: FastifyRequest): Promise<Principal | undefined>;
  /** The raw session id the request carries (whether live or not), or '' when none. */
  idOf(request: FastifyRequest): string;
  /** Ends the request's session (if any) and clears its cookie. */
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/**
 * Server-side sessions: the cookie holds a random id, the database only its hash, the user and
 * an expiry `hours` after sign-in. The cookie is HttpOnly, SameSite=Lax, Path=/ and Secure when
 * the site is served over HTTPS (`publicUrl`, or the request itself).
 */
export function createSessions(repository: Repository, options: { hours: number; publicUrl: string }): Sessions {
  const cookieOptions = (request: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: options.publicUrl.startsWith('https:') || request.protocol === 'https',
  });
  const idOf = (request: FastifyRequest) => request.cookies[SESSION_COOKIE] ?? '';
  return {
    async start(request, reply, user) {
      const id = randomBytes(32).toString('base64url');
      const now = Date.now();
      const expiresMs = now + options.hours * 3_600_000;
      await repository.createSession({ idHash: hashSessionId(id), username: user.username, createdMs: now, expiresMs });
      reply.setCookie(SESSION_COOKIE, id, { ...cookieOptions(request), maxAge: options.hours * 3600 });
      return id;
    },
    async principal(request) {
      const id = idOf(request);
      if (id === '') return undefined;
      const user = await repository.findSessionUser(hashSessionId(id), Date.now());
      return user === undefined ? undefined : principalOf(user);
    },
    idOf,
    async end(request, reply) {
      const id = idOf(request);
      if (id !== '') await repository.deleteSession(hashSessionId(id));
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    },
  };
}
