import { describe, expect, it } from 'vitest';
import { caseIdFor } from './caseIdFor';

const item = (fields: { humanCodingScheme?: string; abbreviatedStatement?: string; fullStatement: string }) => ({
  identifier: '00000000-0000-4000-8000-000000000001',
  uri: 'urn:x',
  lastChangeDateTime: '2024-01-01T00:00:00Z',
  ...fields,
});

describe('caseIdFor', () => {
  it('takes a humanCodingScheme that already is a kebab-case id unchanged', () => {
    expect(caseIdFor(item({ humanCodingScheme: 'value-selling', fullStatement: 'Value selling' }))).toEqual({
      id: 'value-selling',
      from: 'humanCodingScheme',
      unchanged: true,
    });
  });

  it('hyphenates codes and statements, dropping accents and punctuation', () => {
    expect(caseIdFor(item({ humanCodingScheme: 'SAM.2.1', fullStatement: 'x' }))).toEqual({
      id: 'sam-2-1',
      from: 'humanCodingScheme',
      unchanged: false,
    });
    expect(caseIdFor(item({ abbreviatedStatement: 'Négociation & accords', fullStatement: 'x' }))!.id).toBe(
      'negociation-accords',
    );
  });

  it('cuts long statements at a word boundary near 60 characters', () => {
    const made = caseIdFor(
      item({
        fullStatement:
          'Uses the account plan with the whole account team every month to steer decisions between reviews',
      }),
    )!;
    expect(made.id).toBe('uses-the-account-plan-with-the-whole-account-team-every');
    expect(made.id.length).toBeLessThanOrEqual(60);
  });

  it('falls back to the next text when one has no Latin letters or digits, and gives up when none has', () => {
    expect(caseIdFor(item({ humanCodingScheme: '—', abbreviatedStatement: 'Coaching', fullStatement: 'x' }))!.id).toBe(
      'coaching',
    );
    expect(caseIdFor(item({ fullStatement: '交渉力' }))).toBeUndefined();
  });
});
