import type { Translate } from '../lib/i18n/createTranslator';
import type { QuickQuizSummary } from '../lib/journey/quickQuiz';

/** The messages `describeQuickQuizSummary` formats. */
export type QuickQuizSummaryMessage = 'quickQuiz.summary' | 'quickQuiz.summaryAll';

/** The end of a quick quiz in words, in the page's language: how many were tested out, and how many stay in the journey. */
export function describeQuickQuizSummary(
  t: Translate<QuickQuizSummaryMessage>,
  { testedOut, remaining }: QuickQuizSummary,
): string {
  const counts = { testedOut: testedOut.length, total: testedOut.length + remaining.length };
  return remaining.length === 0
    ? t('quickQuiz.summaryAll', counts)
    : t('quickQuiz.summary', { ...counts, count: remaining.length });
}
