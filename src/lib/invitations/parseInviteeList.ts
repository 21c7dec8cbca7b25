import { parse } from 'csv-parse/browser/esm/sync';

/** One person to invite: a name or e-mail address, and optionally a region and a job function. */
export interface Invitee {
  invitee: string;
  region: string;
  jobFunction: string;
}

/** An invitee as read from a pasted list, with the (1-based) line of the text it came from. */
export interface ListedInvitee extends Invitee {
  line: number;
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
 * Each keeps its line in the text, so a problem with it can be shown by line.
 */
export function parseInviteeList(text: string): ListedInvitee[] {
  // With `info`, each record comes with where it ends in the text (csv-parse's types do not model it).
  const records = (
    parse(text, {
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  ).filter(({ record }) => record.some((cell) => cell !== ''));
  const rows = records.map(({ record }) => record);
  if (rows.length === 0) return [];
  const header = rows[0]!;
  const columns = (Object.keys(HEADERS) as (keyof Invitee)[]).map((key) =>
    header.findIndex((cell) => HEADERS[key].test(cell)),
  );
  const hasHeader = columns[0]! >= 0;
  const [who, region, job] = hasHeader ? columns : [0, 1, 2];
  const seen = new Set<string>();
  const invitees: ListedInvitee[] = [];
  for (const [index, row] of rows.entries()) {
    if (hasHeader && index === 0) continue;
    const invitee = row[who!] ?? '';
    if (invitee === '' || seen.has(invitee.toLowerCase())) continue;
    seen.add(invitee.toLowerCase());
    invitees.push({
      invitee,
      region: (region! >= 0 && row[region!]) || '',
      jobFunction: (job! >= 0 && row[job!]) || '',
      line: records[index]!.info.lines,
    });
  }
  return invitees;
}
