import { analyseText } from './analyseText';
import type { SearchLanguage } from './searchLanguage';
import type { SynonymPipeline } from './synonymPipeline';

/** Characters that mean something in lunr's query syntax. */
export const QUERY_SYNTAX = /[:*~^+]|(^|\s)-/;

/**
 * The searchable terms of plain user text, processed as the index processed its documents
 * (lower case, trimmed, stop words removed, one spelling, stemmed), with query syntax treated as
 * spaces. A word or phrase of a synonym set becomes the set's term (`synonym: true`). Each term
 * keeps the word (or phrase) it came from.
 */
export function queryTerms(
  text: string,
  synonyms?: SynonymPipeline,
  language: SearchLanguage = 'en',
): { word: string; term: string; synonym?: true }[] {
  const analysed = analyseText(text.replace(/[:*~^+\-"'()[\]{}<>\\/]/g, ' '), language);
  const terms = analysed.map((t) => t.term);
  const seen = new Set<string>();
  const out: { word: string; term: string; synonym?: true }[] = [];
  for (let i = 0; i < analysed.length; i++) {
    const found = synonyms?.match(terms, i);
    const entry = found
      ? {
          word: analysed
            .slice(i, i + found.length)
            .map((t) => t.word)
            .join(' '),
          term: found.term,
          synonym: true as const,
        }
      : analysed[i]!;
    if (found) i += found.length - 1;
    if (seen.has(entry.term)) continue;
    seen.add(entry.term);
    out.push(entry);
  }
  return out;
}

/** Turns one word into its index term in `language`, for highlighting; empty for stop words. */
export function stemWord(word: string, language: SearchLanguage = 'en'): string {
  return analyseText(word.toLowerCase(), language)[0]?.term ?? '';
}
