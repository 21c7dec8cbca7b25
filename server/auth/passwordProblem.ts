import { dictionary } from '@zxcvbn-ts/language-common';

/** Shortest password a person may choose (NIST SP 800-63B asks for at least 8; 12 resists guessing offline too). */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

// zxcvbn-ts's list of the most common passwords (~49,000, from breach corpora; MIT licence), lower-cased.
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** The common word under a password padded with digits or symbols ("password2024!" → "password"). */
const core = (password: string) => password.replace(/^[\d\W_]+|[\d\W_]+$/g, '');

/**
 * Why a password a person chose is refused, or undefined when it is acceptable: too short, too long,
 * one repeated character, containing the user name, or a common (breached) password, padded or not.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 2)
    return 'The password repeats one or two characters: choose a passphrase of several words.';
  if (username.length >= 3 && lower.includes(username.toLowerCase()))
    return 'The password must not contain the user name.';
  if (COMMON.has(lower) || COMMON.has(core(lower)))
    return 'This password is on a list of common, breached passwords: choose another, e.g. several unrelated words.';
  return undefined;
}
