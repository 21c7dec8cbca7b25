import type { ItemReport } from './itemReportSchema.ts';
import type { ItemResult } from './itemResultSchema.ts';

/** The report of analysed questions: every question counted, only those past the minimum listed (`show`: flagged ones or all). */
export function itemReportOf(
  results: readonly ItemResult[],
  settings: ItemReport['settings'],
  show: 'flagged' | 'all',
): ItemReport {
  const analysed = results.filter((r) => r.shown);
  const flagged = analysed.filter((r) => r.flags.length > 0);
  return {
    settings,
    questions: results.length,
    analysed: analysed.length,
    flagged: flagged.length,
    items: show === 'flagged' ? flagged : analysed,
  };
}
