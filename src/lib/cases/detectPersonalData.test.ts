import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CasePatterns, casePatternsSchema } from './casePatternsSchema.ts';
import { detectPersonalData } from './detectPersonalData.ts';

const none: CasePatterns = { names: [], honorifics: [], patterns: [] };
const kinds = (text: string, patterns = none) => detectPersonalData({ text }, patterns).map((f) => [f.kind, f.text]);

describe('detectPersonalData', () => {
  it('finds e-mail addresses with their field and position', () => {
    expect(
      detectPersonalData({ title: 'Payer', situation: 'Write to anna.b+kam@hospital-example.fr today.' }, none),
    ).toEqual([{ field: 'situation', start: 9, end: 39, kind: 'email', text: 'anna.b+kam@hospital-example.fr' }]);
  });

  it('finds phone numbers as people write them', () => {
    expect(kinds('Call +33 1 23 45 67 89, 06.12.34.56.78, (555) 123-4567 or 0044 20 7946 0958.')).toEqual([
      ['phone', '+33 1 23 45 67 89'],
      ['phone', '06.12.34.56.78'],
      ['phone', '(555) 123-4567'],
      ['phone', '0044 20 7946 0958'],
    ]);
  });

  it('leaves years, dates, percentages and short figures alone', () => {
    expect(kinds('From 2019-2024 (2024-01-15) uptake rose 12.5% to 1 200 000 doses in 48 sites.')).toEqual([]);
  });

  it('finds names after a title and listed names, spelt as listed', () => {
    const patterns = { ...none, honorifics: ['Dr', 'Mrs.'], names: ['Grace Okafor', 'Grace'] };
    expect(
      kinds('Dr. Martin Weber and Mrs Lee met Grace Okafor; by grace of the budget, Grace agreed.', patterns),
    ).toEqual([
      ['name', 'Dr. Martin Weber'],
      ['name', 'Mrs Lee'],
      ['name', 'Grace Okafor'],
      ['name', 'Grace'],
    ]);
  });

  it('finds names in any script and does not match inside words', () => {
    const patterns = { ...none, honorifics: ['Pr'], names: ['Zoë', 'Ana'] };
    expect(kinds('Pr Éloïse Durand told Zoë; Banana and Anatomy are not names.', patterns)).toEqual([
      ['name', 'Pr Éloïse Durand'],
      ['name', 'Zoë'],
    ]);
  });

  it('finds the COE’s own patterns with their label', () => {
    const patterns = { ...none, patterns: [{ label: 'customer number', regex: String.raw`\bCUST-\d{6}\b` }] };
    expect(detectPersonalData({ result: 'Account CUST-123456 renewed.' }, patterns)).toEqual([
      { field: 'result', start: 8, end: 19, kind: 'pattern', text: 'CUST-123456', label: 'customer number' },
    ]);
  });

  it('reports a name inside an e-mail address once, as the address', () => {
    expect(kinds('Mail grace@example.org', { ...none, names: ['grace'] })).toEqual([['email', 'grace@example.org']]);
  });

  it('survives a COE pattern that can match nothing', () => {
    expect(kinds('abc', { ...none, patterns: [{ label: 'empty', regex: 'x*' }] })).toEqual([]);
  });

  it('finds nothing in practice written without personal data', () => {
    expect(kinds('We mapped the buying centre with the payer’s pharmacist and agreed a 6-month pilot.')).toEqual([]);
  });

  it('reads the COE’s pattern list in content/', () => {
    const patterns = casePatternsSchema.parse(parse(readFileSync('content/case-patterns.yaml', 'utf8')));
    expect(kinds('Prof Müller gave CUST-00042 to Mme Dubois.', patterns)).toEqual([
      ['name', 'Prof Müller'],
      ['pattern', 'CUST-00042'],
      ['name', 'Mme Dubois'],
    ]);
  });
});

describe('casePatternsSchema', () => {
  it('refuses a pattern that is not a regular expression, saying so', () => {
    const parsed = casePatternsSchema.safeParse({ patterns: [{ label: 'x', regex: '([' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/regular expression/);
  });
});
