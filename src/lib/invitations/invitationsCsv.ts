import { stringify } from 'csv-stringify/browser/esm/sync';

/** A created invitation as the lead mails it: who, where, what, the link that enrols, until when. */
export interface SentInvitation {
  invitee: string;
  region: string;
  jobFunction: string;
  link: string;
  expiresAt: string;
}

/** The CSV columns, in order (a mail merge's field names). */
export const INVITATIONS_CSV_COLUMNS = ['invitee', 'region', 'function', 'link', 'expires'] as const;

/** Created invitations as CSV (RFC 4180, header row, UTF-8 byte-order mark) for a mail merge. */
export function invitationsCsv(invitations: readonly SentInvitation[]): string {
  const rows = invitations.map((i) => [i.invitee, i.region, i.jobFunction, i.link, i.expiresAt]);
  return stringify(rows, {
    header: true,
    columns: [...INVITATIONS_CSV_COLUMNS],
    record_delimiter: 'windows',
    bom: true,
  });
}
