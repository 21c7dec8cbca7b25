import { describe, expect, it } from 'vitest';
import { matchFieldCases } from './matchFieldCases';

const fieldCase = (id: string, title: string, body = '') => ({
  id,
  title,
  situation: body,
  action: '',
  result: '',
  reuse: '',
});
const cases = [
  fieldCase('body', 'A regional meeting', 'We built a joint payer plan with the hospital pharmacy.'),
  fieldCase('title', 'Payer plan in twelve weeks'),
  fieldCase('other', 'Onboarding a new key account manager'),
];

describe('matchFieldCases', () => {
  it('finds cases whose words begin with every word typed, the half-typed last one included', () => {
    expect(matchFieldCases(cases, 'payer pl').map((c) => c.id)).toEqual(['title', 'body']);
  });

  it('puts a match in the title before a match in the text', () => {
    expect(matchFieldCases(cases, 'plan')[0]!.id).toBe('title');
  });

  it('ignores case and accents, and finds nothing for an empty query or a missing word', () => {
    expect(matchFieldCases([fieldCase('fr', 'Stratégie régionale')], 'STRATEGIE reg').map((c) => c.id)).toEqual(['fr']);
    expect(matchFieldCases(cases, '  ')).toEqual([]);
    expect(matchFieldCases(cases, 'payer zebra')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(matchFieldCases(cases, 'a', 1)).toHaveLength(1);
  });
});
