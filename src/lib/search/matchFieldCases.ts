import type { FieldCase } from '../cases/fieldCaseSchema.ts';

/** The fields of a field case the header's search looks in (and its id). */
export const SEARCHABLE_CASE_FIELDS = ['id', 'title', 'situation', 'action', 'result', 'reuse'] as const;
/** The text of a field case the header's search looks in. */
export type SearchableCase = Pick<FieldCase, (typeof SEARCHABLE_CASE_FIELDS)[number]>;

// Lower case without accents, so "strategie" finds "Stratégie".
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The field cases in which every word of `query` begins a word (so the last word may be half
 * typed), those matching in their title first, then in the order given; at most `limit`.
 */
export function matchFieldCases<T extends SearchableCase>(cases: readonly T[], query: string, limit = 3): T[] {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [];
  const has = (words: string[]) => wanted.every((w) => words.some((x) => x.startsWith(w)));
  const scored = cases.flatMap((c) => {
    if (has(wordsOf(c.title))) return [{ c, rank: 0 }];
    return has(wordsOf([c.title, c.situation, c.action, c.result, c.reuse].join(' '))) ? [{ c, rank: 1 }] : [];
  });
  return scored
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((s) => s.c);
}
