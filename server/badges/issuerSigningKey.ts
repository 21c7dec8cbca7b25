import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Repository } from '../storage/repository.ts';

/** The algorithm badges are signed with: ECDSA P-256, which every browser's Web Crypto verifies. */
export const BADGE_ALG = 'ES256';
const KEY_ID = 'badges';

/** The issuer's signing key: the private key for signing, the public JWK to publish (`kid`: its URL). */
export interface IssuerSigningKey {
  privateKey: CryptoKey;
  publicJwk: JWK & { kid: string };
  /** The public key's RFC 7638 thumbprint, the last part of its URL. */
  thumbprint: string;
}

/**
 * The Open Badges issuer key pair, generated on the first start and stored in the database (so every
 * process and restart signs with the same key); the private JWK never leaves the server. `keyUrl` is where the public key is published.
 */
export async function issuerSigningKey(
  repository: Repository,
  keyUrl: (thumbprint: string) => string,
): Promise<IssuerSigningKey> {
  const record = await repository.issuerKey(KEY_ID, async () => {
    const pair = await generateKeyPair(BADGE_ALG, { extractable: true });
    return {
      id: KEY_ID,
      publicJwk: JSON.stringify(await exportJWK(pair.publicKey)),
      privateJwk: JSON.stringify(await exportJWK(pair.privateKey)),
      createdMs: Date.now(),
    };
  });
  const publicJwk = JSON.parse(record.publicJwk) as JWK;
  const thumbprint = await calculateJwkThumbprint(publicJwk);
  const privateKey = (await importJWK(JSON.parse(record.privateJwk) as JWK, BADGE_ALG)) as CryptoKey;
  return { privateKey, thumbprint, publicJwk: { ...publicJwk, kid: keyUrl(thumbprint), alg: BADGE_ALG, use: 'sig' } };
}
