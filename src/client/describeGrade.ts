import type { ChoiceCheckAnswer } from '../lib/assessment/answerKey';
import type { CheckGrade } from '../lib/assessment/gradeCheck';
import type { Translate } from '../lib/i18n/createTranslator';

/** The messages `describeGrade` formats. */
export type GradeMessage = 'check.passed' | 'check.singleMissed' | 'check.multipleMissed' | 'check.multipleMissedWrong';

/** What a graded choice check tells the learner, in the page's language: a pass, or how far a miss got. */
export function describeGrade(t: Translate<GradeMessage>, grade: CheckGrade, type: ChoiceCheckAnswer['type']): string {
  if (grade.passed) return t('check.passed');
  if (type === 'single') return t('check.singleMissed');
  const counts = { found: grade.found, total: grade.total };
  return grade.wrongChosen
    ? t('check.multipleMissedWrong', { ...counts, count: grade.wrongChosen })
    : t('check.multipleMissed', counts);
}
