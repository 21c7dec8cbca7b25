import { SignJWT } from 'jose';
import { BADGE_ALG, type IssuerSigningKey } from './issuerSigningKey.ts';

/**
 * Signs any credential of this issuer (a badge, a status list) as a VC-JWT, with the registered claims Open Badges 3.0 verifiers read (iss, jti, nbf) and `kid` the URL of the signing key. VC-JOSE-COSE: the credential is the payload, `typ` vc+jwt.
 */
export async function signCredential(
  credential: { id: string; issuer: { id: string }; validFrom: string },
  key: IssuerSigningKey,
): Promise<string> {
  return new SignJWT({ ...credential })
    .setProtectedHeader({ alg: BADGE_ALG, typ: 'vc+jwt', kid: key.publicJwk.kid })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setNotBefore(new Date(credential.validFrom))
    .setIssuedAt(new Date(credential.validFrom))
    .sign(key.privateKey);
}
