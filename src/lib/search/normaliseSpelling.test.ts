import { describe, expect, it } from 'vitest';
import { normaliseSpelling } from './normaliseSpelling';

describe('normaliseSpelling', () => {
  it.each([
    ['centre', 'center'],
    ['centres', 'centers'],
    ['theatre', 'theater'],
    ['organisation', 'organisation'],
    ['organization', 'organisation'],
    ['prioritize', 'prioritise'],
    ['analyze', 'analyse'],
    ['behaviour', 'behavior'],
    ['favourite', 'favorite'],
    ['programme', 'program'],
    ['dialogue', 'dialog'],
    ['defence', 'defense'],
    ['paediatric', 'pediatric'],
    ['haematology', 'hematology'],
  ])('spells "%s" as "%s", so British and American spellings meet', (word, expected) => {
    expect(normaliseSpelling(word)).toBe(expected);
  });

  it.each(['four', 'hour', 'your', 'size', 'prize', 'after', 'letter', 'tour', 'promise'])(
    'leaves "%s" alone',
    (word) => {
      expect(normaliseSpelling(word)).toBe(word);
    },
  );

  it('gives both spellings of a word the same form', () => {
    for (const [gb, us] of [
      ['realise', 'realize'],
      ['colour', 'color'],
      ['catalogue', 'catalog'],
      ['licence', 'license'],
      ['anaemia', 'anemia'],
    ]) {
      expect(normaliseSpelling(gb!)).toBe(normaliseSpelling(us!));
    }
  });
});
