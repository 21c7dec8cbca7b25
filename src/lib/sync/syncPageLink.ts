/**
 * The link to the Sync page under `siteBase` that carries `code` in its fragment as `#<key>=…` (a fragment
 * never reaches a server or its log): invitations and device pairings are both such links.
 */
export function syncPageLink(siteBase: string, key: string, code: string): string {
  return new URL(`sync/#${key}=${encodeURIComponent(code)}`, siteBase).toString();
}

/** The code a location's fragment carries as `#<key>=…`, trimmed, or undefined when absent or blank. */
export function codeInFragment(hash: string, key: string): string | undefined {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get(key);
  return code === null || code.trim() === '' ? undefined : code.trim();
}
