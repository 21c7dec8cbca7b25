/** The fragment key a pairing link carries its short code in (a fragment never reaches a server or its log). */
const KEY = 'pair';

/** The link a new device opens to claim a pairing: the Sync page under `siteBase` with the code in the fragment. */
export function pairLink(siteBase: string, code: string): string {
  return new URL(`sync/#${KEY}=${encodeURIComponent(code)}`, siteBase).toString();
}

/** The pairing code in a location's fragment (`#pair=…`), or undefined. */
export function pairCodeOf(hash: string): string | undefined {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  return code === null || code.trim() === '' ? undefined : code.trim();
}

/** Whether a typed code is a short pairing code (8 characters, dashes and spaces aside) rather than a 16-character enrolment code. */
export const isPairingCode = (code: string) => code.replace(/[\s-]/g, '').length === 8;
