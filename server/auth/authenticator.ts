import { createHmac, randomBytes } from 'node:crypto';
import type { Repository } from '../storage/repository.ts';
import { XapiError } from '../xapi/xapiError.ts';
import { basicCredentials } from './basicCredentials.ts';
import type { FailureLimiter } from './failureLimiter.ts';
import { verifySecret } from './hashSecret.ts';
import { type Principal, principalOf } from './principal.ts';

/** Checks HTTP Basic credentials against stored users; `forget` drops a user's cached checks (when it offers one). */
export type Authenticator = ((authorization: string | undefined, client: string) => Promise<Principal>) & {
  forget?(username: string): void;
};

/** How long a checked credential is trusted without reading it again: a removed user is refused by every process within this time. */
export const CREDENTIAL_CACHE_MS = 60_000;

/**
 * Verifies Basic credentials with scrypt, refusing a client (429) while `limiter` says so (failed
 * checks are counted there, per username). A successful check is remembered for a minute under an
 * HMAC of the parsed username and password (keyed with a per-process random key, never the secret
 * itself), so busy clients do not pay scrypt per request however they spell the header; `forget` drops a
 * removed user's checks at once.
 */
export function createAuthenticator(
  repository: Repository,
  limiter: FailureLimiter,
  cacheMs = CREDENTIAL_CACHE_MS,
): Authenticator {
  const cacheKey = randomBytes(32);
  const cache = new Map<string, { principal: Principal; until: number }>();

  const authenticate: Authenticator = async (authorization, client) => {
    const wait = limiter.retryAfterMs(client);
    if (wait > 0)
      throw new XapiError(
        429,
        `Too many failed credential checks from this address; try again in ${Math.ceil(wait / 1000)} s.`,
      );
    const credentials = basicCredentials(authorization);
    if (credentials === undefined) {
      throw new XapiError(
        401,
        'Authentication required: send HTTP Basic credentials (ask a COE lead for an enrolment code, or an admin for a key).',
      );
    }
    const fingerprint = createHmac('sha256', cacheKey)
      .update(`${credentials.username}:${credentials.password}`)
      .digest('base64');
    const cached = cache.get(fingerprint);
    if (cached !== undefined && cached.until > Date.now()) return cached.principal;

    const user = await repository.findUser(credentials.username);
    const ok = user !== undefined && (await verifySecret(credentials.password, user.secretHash));
    if (!ok) {
      await limiter.recordFailure(client, credentials.username);
      throw new XapiError(401, 'These credentials were refused: unknown username or wrong password.');
    }
    await limiter.recordSuccess(client, credentials.username);
    if (user.disabled) throw new XapiError(403, 'This account is disabled; ask an admin.');
    const principal = principalOf(user);
    if (cache.size > 10_000) cache.clear();
    cache.set(fingerprint, { principal, until: Date.now() + cacheMs });
    return principal;
  };
  authenticate.forget = (username) => {
    for (const [fingerprint, entry] of cache) if (entry.principal.username === username) cache.delete(fingerprint);
  };
  return authenticate;
}
