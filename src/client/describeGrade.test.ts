import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/catalogues';
import { gradeCheck } from '../lib/assessment/gradeCheck';
import { createTranslator } from '../lib/i18n/createTranslator';
import { describeGrade } from './describeGrade';

const t = (lang: 'en' | 'fr') => createTranslator(catalogues[lang].intlLocale, catalogues[lang].messages);
const multiple = { type: 'multiple' as const, correct: [0, 2] };

describe('describeGrade', () => {
  it('tells the learner how far a multiple-choice answer got', () => {
    expect(describeGrade(t('en'), gradeCheck(multiple, [0, 1], 3), 'multiple')).toBe(
      'Not quite: you found 1 of 2 correct answers, and 1 you chose is not correct. Read the explanations, then try again.',
    );
    expect(describeGrade(t('en'), gradeCheck(multiple, [0], 3), 'multiple')).toBe(
      'Not quite: you found 1 of 2 correct answers. Read the explanations, then try again.',
    );
  });

  it('says it in French on a French page, with French plurals and spacing', () => {
    expect(describeGrade(t('fr'), gradeCheck(multiple, [0, 2], 3), 'multiple')).toBe(
      'Bonne réponse. Lisez les explications pour comprendre pourquoi.',
    );
    expect(describeGrade(t('fr'), gradeCheck(multiple, [1], 3), 'multiple')).toBe(
      'Pas tout à fait\u00a0: vous avez trouvé 0 des 2 bonnes réponses, et 1 de vos choix est incorrect. Lisez les explications, puis réessayez.',
    );
    expect(describeGrade(t('fr'), gradeCheck({ type: 'multiple', correct: [0] }, [1, 2], 3), 'multiple')).toContain(
      'et 2 de vos choix sont incorrects',
    );
    expect(describeGrade(t('fr'), gradeCheck({ type: 'single', correct: [0] }, [1], 2), 'single')).toBe(
      'Pas tout à fait. Lisez les explications, puis réessayez.',
    );
  });
});
