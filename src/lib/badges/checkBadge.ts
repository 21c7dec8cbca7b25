import { decodeJwt, decodeProtectedHeader, importJWK, type JWK, jwtVerify } from 'jose';
import type { CredentialInput } from './readCredentialInput';
import { statusBitSet } from './statusListBits';

/** What checking a badge found: valid (with what it says), revoked, a signature that does not match, or why it could not be checked. */
export type BadgeCheck =
  | { outcome: 'valid' | 'revoked'; achievement: string; criteria: string; issuer: string; validFrom: string }
  | { outcome: 'mismatch' }
  | { outcome: 'unreadable' }
  | { outcome: 'unreachable'; url: string };

/** How the checker reaches the network and unzips: given by the caller, so this stays free of the browser. */
export interface BadgeCheckIo {
  /** The body of a GET, or an Error when there is no answer or it is not 2xx. */
  fetchText(url: string): Promise<string>;
  gunzip(bytes: Uint8Array): Promise<Uint8Array>;
}

/** The credential a VC-JWT payload carries: the payload without the JWT's registered claims (what a badge's JSON download holds). */
export const credentialOf = (payload: Record<string, unknown>) => {
  const { iss: _iss, jti: _jti, nbf: _nbf, iat: _iat, exp: _exp, sub: _sub, ...credential } = payload;
  return credential;
};

/** Deep equality of JSON values, object keys in any order. */
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as never)[k], (b as never)[k]));
};

class Unreachable extends Error {
  constructor(readonly url: string) {
    super(url);
  }
}

/**
 * Checks an Open Badges 3.0 VC-JWT as a verifier does: the signature against the issuer's published
 * key (`kid`, a URL on the issuer's own origin), then its Bitstring Status List entry. A credential
 * given as JSON is checked by fetching the signed credential at its id and comparing the two.
 */
export async function checkBadge(input: CredentialInput, io: BadgeCheckIo): Promise<BadgeCheck> {
  const fetchText = (url: string) =>
    io.fetchText(url).catch(() => {
      throw new Unreachable(url);
    });
  try {
    if (input.kind === 'unreadable') return { outcome: 'unreadable' };
    const jwt =
      input.kind === 'jwt'
        ? input.jwt
        : (await fetchText(input.kind === 'link' ? input.url : input.credential.id)).trim();
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: ReturnType<typeof decodeJwt>;
    try {
      header = decodeProtectedHeader(jwt);
      claims = decodeJwt(jwt);
    } catch {
      return { outcome: 'unreadable' };
    }
    const issuer = claims.issuer as { id?: unknown; name?: unknown } | undefined;
    if (typeof issuer?.id !== 'string' || typeof header.kid !== 'string') return { outcome: 'unreadable' };
    // A key is trusted only where the issuer publishes: on the issuer id's own origin.
    if (new URL(header.kid, issuer.id).origin !== new URL(issuer.id).origin) return { outcome: 'mismatch' };
    const key = await importJWK(JSON.parse(await fetchText(header.kid)) as JWK, header.alg);
    try {
      await jwtVerify(jwt, key, { algorithms: ['ES256', 'ES384', 'EdDSA', 'RS256'] });
    } catch {
      return { outcome: 'mismatch' };
    }
    if (input.kind === 'json' && !sameJson(credentialOf(claims), input.credential)) return { outcome: 'mismatch' };
    const subject = claims.credentialSubject as { achievement?: { name?: string; criteria?: { narrative?: string } } };
    const shown = {
      achievement: String(subject?.achievement?.name ?? ''),
      criteria: String(subject?.achievement?.criteria?.narrative ?? ''),
      issuer: String(issuer.name ?? issuer.id),
      validFrom: String(claims.validFrom ?? ''),
    };
    const status = claims.credentialStatus as { statusListCredential?: string; statusListIndex?: string } | undefined;
    if (status?.statusListCredential === undefined) return { outcome: 'valid', ...shown };
    const listJwt = (await fetchText(status.statusListCredential)).trim();
    try {
      await jwtVerify(listJwt, key);
    } catch {
      return { outcome: 'unreachable', url: status.statusListCredential };
    }
    const list = decodeJwt(listJwt).credentialSubject as { encodedList?: string };
    const encoded = String(list?.encodedList ?? '').replace(/^u/, '');
    const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const zipped = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    const revoked = statusBitSet(await io.gunzip(zipped), Number(status.statusListIndex));
    return { outcome: revoked ? 'revoked' : 'valid', ...shown };
  } catch (error) {
    if (error instanceof Unreachable) return { outcome: 'unreachable', url: error.url };
    return { outcome: 'unreadable' };
  }
}
