import { codeInFragment, syncPageLink } from '../sync/syncPageLink.ts';

/** The fragment key a pairing link carries its short code in. */
const KEY = 'pair';

/** The link a new device opens to claim a pairing: the Sync page under `siteBase` with the code in the fragment. */
export const pairLink = (siteBase: string, code: string): string => syncPageLink(siteBase, KEY, code);

/** The pairing code in a location's fragment (`#pair=…`), or undefined. */
export const pairCodeOf = (hash: string): string | undefined => codeInFragment(hash, KEY);

/** Whether a typed code is a short pairing code (8 characters, dashes and spaces aside) rather than a 16-character enrolment code. */
export const isPairingCode = (code: string) => code.replace(/[\s-]/g, '').length === 8;
