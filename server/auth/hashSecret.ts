import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost N for new hashes unless PASSWORD_HASH_COST says otherwise (OWASP's minimum at r = 8, p = 1). */
export const DEFAULT_HASH_COST = 16384;
/** The highest cost N the server accepts: 128 MiB of memory per hash at r = 8. */
export const MAX_HASH_COST = 131072;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // scrypt needs 128·N·r bytes; leave room above that for any cost up to MAX_HASH_COST.
    scrypt(secret, salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * MAX_HASH_COST * R }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes a secret with scrypt at cost `n` (a power of two) and a random salt: `scrypt$N$r$p$salt$hash`
 * (base64url parts). The hash carries its parameters, so verifySecret checks it whatever the cost is later.
 */
export async function hashSecret(secret: string, n: number = DEFAULT_HASH_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, n, R, P);
  return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `secret` matches a hash made by hashSecret, at the parameters the hash names (constant-time comparison). */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(secret, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}
