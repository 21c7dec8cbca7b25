import { Bitstring } from '@digitalbazaar/bitstring';
import { decodeJWT, verifyJWS } from 'did-jwt';

/**
 * A VC-JWT verifier for the tests that shares no code with the issuer: did-jwt (signature checked
 * with @noble/curves, not jose) over the key the credential's `kid` names, fetched over HTTP from
 * where the issuer publishes it, and @digitalbazaar/bitstring for the Bitstring Status List.
 * `reach` maps the issuer's public URLs to where the test server listens.
 */
export function independentVerifier(reach: (url: string) => string) {
  const fetchText = async (url: string) => {
    const response = await fetch(reach(url));
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return response.text();
  };

  /** The credential (the JWT payload) when its signature and claims hold; throws saying why not. */
  async function verify(jwt: string): Promise<Record<string, unknown>> {
    const { header, payload } = decodeJWT(jwt);
    const issuer = (payload as { issuer?: { id?: string } }).issuer?.id;
    const typ: string | undefined = header.typ;
    if (typ !== 'vc+jwt') throw new Error(`typ is ${typ}, not vc+jwt`);
    if (typeof issuer !== 'string' || payload.iss !== issuer) throw new Error('iss is not the credential’s issuer');
    if (typeof header.kid !== 'string' || new URL(header.kid).origin !== new URL(issuer).origin)
      throw new Error('the key is not published on the issuer’s origin');
    const publicKeyJwk = JSON.parse(await fetchText(header.kid));
    verifyJWS(jwt, { id: header.kid, type: 'JsonWebKey2020', controller: issuer, publicKeyJwk });
    if (typeof payload.nbf !== 'number' || payload.nbf > Date.now() / 1000 + 60) throw new Error('not valid yet');
    return payload as Record<string, unknown>;
  }

  /** Whether the credential's Bitstring Status List entry (itself a verified VC-JWT) says it is revoked. */
  async function revoked(credential: Record<string, unknown>): Promise<boolean> {
    const status = credential.credentialStatus as { statusListCredential: string; statusListIndex: string };
    const list = await verify((await fetchText(status.statusListCredential)).trim());
    const { encodedList } = list.credentialSubject as { encodedList: string };
    if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
    const bits = new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: encodedList.slice(1) }) });
    return bits.get(Number(status.statusListIndex));
  }

  return { verify, revoked };
}
