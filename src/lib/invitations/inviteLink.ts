import { codeInFragment, syncPageLink } from '../sync/syncPageLink.ts';

/** The fragment key an invitation link carries its code in. */
const KEY = 'invite';

/** The link that enrols the device that opens it: the Sync page under `siteBase` with the code in the fragment. */
export const inviteLink = (siteBase: string, code: string): string => syncPageLink(siteBase, KEY, code);

/** The invitation code in a location's fragment (`#invite=…`), or undefined. */
export const inviteCodeOf = (hash: string): string | undefined => codeInFragment(hash, KEY);
