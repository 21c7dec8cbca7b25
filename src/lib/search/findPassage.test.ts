import { describe, expect, it } from 'vitest';
import { findPassage } from './findPassage';
import { highlightTerms } from './highlightTerms';

const fragment = {
  id: 'm',
  sections: [
    { h: null, a: null, x: 'An introduction that mentions nothing in particular.' },
    {
      h: 'Who buys',
      a: 'who-buys',
      x: 'The buying centre of a hospital: the pharmacists and the buyers, who buy for many wards.',
    },
    { h: 'Later', a: 'later', x: 'A centre of excellence appears here once.' },
  ],
};

describe('highlightTerms', () => {
  it('marks every word whose stem was matched, whatever its form', () => {
    const marked = highlightTerms('The buying centre: buyers buy.', ['buy', 'center'])
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marked).toEqual(['buying', 'centre', 'buy']);
  });

  it('marks both spellings of a word, British and American', () => {
    const marked = highlightTerms('A center, a centre; organized, organised.', ['center', 'organis'])
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marked).toEqual(['center', 'centre', 'organized', 'organised']);
  });

  it('keeps the text intact, marks aside', () => {
    const text = "Hospital's <b>tender</b> — 3 options, 2-step!";
    expect(
      highlightTerms(text, ['tender'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('marks words that start with an unfinished term only when asked', () => {
    expect(highlightTerms('hypothesis', ['hypoth']).some((s) => s.mark)).toBe(false);
    expect(highlightTerms('hypothesis', ['hypoth'], true).some((s) => s.mark)).toBe(true);
  });
});

describe('findPassage', () => {
  it('chooses the section with the most distinct matched terms, and names its heading and anchor', () => {
    const passage = findPassage(fragment, ['buy', 'center'])!;
    expect(passage.anchor).toBe('who-buys');
    expect(passage.segments.filter((s) => s.mark).length).toBeGreaterThanOrEqual(2);
  });

  it('cuts long sections to a window around the matches, with ellipses', () => {
    const long = {
      id: 'l',
      sections: [{ h: 'Long', a: 'long', x: `${'filler '.repeat(80)}the value hypothesis ${'padding '.repeat(80)}` }],
    };
    const passage = findPassage(long, ['valu', 'hypothesi'], { words: 20 })!;
    const text = passage.segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('value');
    expect(text.split(/\s+/).length).toBeLessThan(26);
  });

  it('returns nothing when no section mentions a term', () => {
    expect(findPassage(fragment, ['formulari'])).toBeUndefined();
  });
});
