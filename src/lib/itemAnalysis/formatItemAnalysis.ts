import type { ItemResult } from './analyseItems.ts';

/**
 * Item analysis as text for a terminal: a line per flag, with the module file to fix and the check,
 * then a summary naming the questions below the minimum (by count only: never a learner).
 */
export function formatItemAnalysis(results: readonly ItemResult[], statements: number, minResponses: number): string {
  const shown = results.filter((r) => r.shown);
  const lines = [
    `Item analysis of ${results.length} knowledge checks from ${statements} statements (first attempts; figures from ${minResponses} responses).`,
  ];
  for (const r of shown)
    for (const flag of r.flags) lines.push(`${r.file}  check "${r.check}" (${r.responses} responses): ${flag.message}`);
  const flagged = shown.filter((r) => r.flags.length > 0).length;
  lines.push(
    flagged === 0 ? 'No question is flagged.' : `${flagged} of ${shown.length} analysed questions flagged.`,
    `${results.length - shown.length} questions have fewer than ${minResponses} responses: not analysed.`,
  );
  return lines.join('\n');
}
