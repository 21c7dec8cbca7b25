import { createHash, randomBytes, randomInt } from 'node:crypto';

// Crockford's base32 alphabet: no I, L, O or U, so codes read aloud or typed are not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new one-time enrolment code: 16 base32 characters (80 bits) in groups of four, e.g. `7G2K-…`. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** A new short pairing code: 8 base32 characters (40 bits) in two groups, e.g. `7G2K-M4QX`; short-lived and guess-limited. */
export function newPairingCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The stored form of a code: SHA-256 of its canonical spelling (upper case, no dashes or spaces). */
export function hashEnrolmentCode(code: string): string {
  const canonical = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return createHash('sha256').update(canonical).digest('hex');
}

/** A random device secret for a learner credential (256 bits, base64url). */
export function newDeviceSecret(): string {
  return randomBytes(32).toString('base64url');
}
