import type { CasePatterns } from './casePatternsSchema.ts';

/** What a piece of text looks like: an e-mail address, a phone number, a personal name, or a COE pattern. */
export type PersonalDataKind = 'email' | 'phone' | 'name' | 'pattern';

/** One piece of text that looks like personal or customer data: where it is (UTF-16 offsets) and what it looks like. */
export interface PersonalDataFinding {
  field: string;
  start: number;
  end: number;
  kind: PersonalDataKind;
  text: string;
  /** The COE pattern's label, for kind `pattern`. */
  label?: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// An optional country or area code in brackets, then digits each maybe after one separator:
// +33 1 23 45 67 89, (555) 123-4567, 06.12.34.56.78. Too few digits (a year, a date) are left out below.
const PHONE = /(?<![\p{L}\p{N}+(])(?:\+|00)?(?:\(\d{1,4}\)[ .-]?)?\d(?:[ .\-/]?\d){6,14}(?![\p{L}\p{N}])/gu;
const NAME_PART = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every stretch of `fields` (a case's title, situation, …) that looks like personal or customer data:
 * e-mail addresses, phone numbers (at least 9 digits, or 8 after `+`/`00`), the names and the names
 * after a title listed in `patterns`, and the COE's own patterns; by field in the given order, then
 * by position. Pure and synchronous, so the form can run it on every change.
 */
export function detectPersonalData(
  fields: Readonly<Record<string, string | undefined>>,
  patterns: CasePatterns,
): PersonalDataFinding[] {
  const finders = findersFor(patterns);
  const findings: PersonalDataFinding[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (text === undefined || text === '') continue;
    const inField: PersonalDataFinding[] = [];
    for (const { kind, regex, label, keep } of finders) {
      for (const match of matchesOf(regex, text)) {
        if (keep !== undefined && !keep(match[0])) continue;
        const start = match.index;
        inField.push({
          field,
          start,
          end: start + match[0].length,
          kind,
          text: match[0],
          ...(label === undefined ? {} : { label }),
        });
      }
    }
    findings.push(...withoutOverlaps(inField));
  }
  return findings;
}

interface Finder {
  kind: PersonalDataKind;
  regex: RegExp;
  label?: string;
  keep?: (text: string) => boolean;
}

function findersFor(patterns: CasePatterns): Finder[] {
  const finders: Finder[] = [
    { kind: 'email', regex: EMAIL },
    { kind: 'phone', regex: PHONE, keep: looksLikePhone },
  ];
  if (patterns.honorifics.length > 0) {
    const titles = patterns.honorifics.map((t) => escapeRegex(t.replace(/\.$/, ''))).join('|');
    finders.push({
      kind: 'name',
      regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles})\\.?\\s+${NAME_PART}(?:\\s+${NAME_PART})?`, 'gu'),
    });
  }
  if (patterns.names.length > 0) {
    const names = [...patterns.names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
    finders.push({ kind: 'name', regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'gu') });
  }
  for (const { label, regex } of patterns.patterns)
    finders.push({ kind: 'pattern', regex: new RegExp(regex, 'gu'), label });
  return finders;
}

function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return digits >= (/^(?:\+|00)/.test(text) ? 8 : 9);
}

function* matchesOf(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    // A pattern that can match nothing would loop for ever; skip its empty matches.
    if (match[0] === '') regex.lastIndex++;
    else yield match;
  }
}

/** The findings by position, a finding inside an earlier, longer one (a name inside an e-mail address) left out. */
function withoutOverlaps(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const finding of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}
