import type { KnowledgeCheck } from '../curriculum/knowledgeCheckSchema';
import { seededOrder } from './seededOrder';

/** How an ordering or matching check is shown, and its right answer in the indexes shown. */
export interface Arrangement {
  /** ordering: the steps in the order shown; matching: the items, in the authored order (inline Markdown). */
  items: string[];
  /** matching: the options each item's list offers, in the order shown (plain text); ordering: none. */
  options: string[];
  /** ordering: the shown indexes of the steps in their right order; matching: per item, the index of its option. */
  correct: number[];
}

/**
 * The one arrangement of an ordering or matching check, for the page and the answer key alike: the
 * same for every learner and every build (seeded by the check id, never the authored order), so the page can carry the steps
 * and options without saying which order or pairing is right; only checks.json says so.
 */
export function arrangeCheck(check: KnowledgeCheck): Arrangement {
  if (check.type === 'ordering') {
    const steps = check.steps ?? [];
    const shown = seededOrder(steps.length, `${check.id}/steps`);
    return {
      items: shown.map((i) => steps[i]!),
      options: [],
      correct: steps.map((_, authored) => shown.indexOf(authored)),
    };
  }
  const pairs = check.pairs ?? [];
  const matches = [...new Set(pairs.map((p) => p.match))];
  const options = seededOrder(matches.length, `${check.id}/options`).map((i) => matches[i]!);
  return { items: pairs.map((p) => p.item), options, correct: pairs.map((p) => options.indexOf(p.match)) };
}
