import { parse } from 'csv-parse/browser/esm/sync';

/** One person to invite: a name or e-mail address, and optionally a region and a job function. */
export interface Invitee {
  invitee: string;
  region: string;
  jobFunction: string;
}

/** Header words that name each column, in any case (a first row made of them is a header, not a person). */
const HEADERS: Record<keyof Invitee, RegExp> = {
  invitee: /^(name|e-?mail|invitee|person|learner|nom|courriel)$/i,
  region: /^(region|région|archetype|country|pays)$/i,
  jobFunction: /^(function|job function|role|fonction|métier)$/i,
};

/**
 * The invitees of a pasted list or CSV: one person a line, as `name or e-mail[, region[, function]]`
 * separated by commas, semicolons or tabs (quoted fields as RFC 4180), with an optional header row
 * that may put the columns in another order. Blank lines are skipped; repeated invitees kept once.
 */
export function parseInviteeList(text: string): Invitee[] {
  const rows = (
    parse(text, {
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][]
  ).filter((row) => row.some((cell) => cell !== ''));
  if (rows.length === 0) return [];
  const header = rows[0]!;
  const columns = (Object.keys(HEADERS) as (keyof Invitee)[]).map((key) =>
    header.findIndex((cell) => HEADERS[key].test(cell)),
  );
  const hasHeader = columns[0]! >= 0;
  const [who, region, job] = hasHeader ? columns : [0, 1, 2];
  const seen = new Set<string>();
  const invitees: Invitee[] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const invitee = row[who!] ?? '';
    if (invitee === '' || seen.has(invitee.toLowerCase())) continue;
    seen.add(invitee.toLowerCase());
    invitees.push({
      invitee,
      region: (region! >= 0 && row[region!]) || '',
      jobFunction: (job! >= 0 && row[job!]) || '',
    });
  }
  return invitees;
}
