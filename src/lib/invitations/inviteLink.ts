/** The fragment key an invitation link carries its code in (a fragment never reaches a server or its log). */
const KEY = 'invite';

/** The link that enrols the device that opens it: the Sync page under `siteBase` with the code in the fragment. */
export function inviteLink(siteBase: string, code: string): string {
  return new URL(`sync/#${KEY}=${encodeURIComponent(code)}`, siteBase).toString();
}

/** The invitation code in a location's fragment (`#invite=…`), or undefined. */
export function inviteCodeOf(hash: string): string | undefined {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  return code === null || code.trim() === '' ? undefined : code.trim();
}
