import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/catalogues';
import { createTranslator } from '../lib/i18n/createTranslator';
import { describeQuickQuizSummary } from './describeQuickQuizSummary';

const t = (lang: 'en' | 'fr') => createTranslator(catalogues[lang].intlLocale, catalogues[lang].messages);

describe('describeQuickQuizSummary', () => {
  it('says how many were tested out and how many stay, in words for one left or none', () => {
    const en = t('en');
    expect(describeQuickQuizSummary(en, { testedOut: ['a', 'b', 'd', 'e', 'f'], remaining: ['c', 'g', 'h'] })).toBe(
      'Tested out of 5 of 8; the other 3 stay in your journey.',
    );
    expect(describeQuickQuizSummary(en, { testedOut: ['a'], remaining: ['b'] })).toBe(
      'Tested out of 1 of 2; the other one stays in your journey.',
    );
    expect(describeQuickQuizSummary(en, { testedOut: ['a', 'b'], remaining: [] })).toBe(
      'Tested out of 2 of 2; nothing of these stays in your journey.',
    );
  });

  it('says it in French on a French page', () => {
    const fr = t('fr');
    expect(describeQuickQuizSummary(fr, { testedOut: ['a'], remaining: ['b', 'c'] })).toBe(
      'Validés par test\u00a0: 1 sur 3\u00a0; les 2 autres restent dans votre parcours.',
    );
    expect(describeQuickQuizSummary(fr, { testedOut: [], remaining: ['b'] })).toBe(
      'Validés par test\u00a0: 0 sur 1\u00a0; l’autre reste dans votre parcours.',
    );
  });
});
