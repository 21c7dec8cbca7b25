import lunr from 'lunr';

/** Characters that mean something in lunr's query syntax. */
export const QUERY_SYNTAX = /[:*~^+]|(^|\s)-/;

/**
 * The searchable terms of plain user text, processed as the index processed its documents
 * (lower case, trimmed, stop words removed, stemmed), with query syntax treated as spaces.
 * Each term keeps the word it came from.
 */
export function queryTerms(text: string): { word: string; term: string }[] {
  const tokens = lunr.tokenizer(text.replace(/[:*~^+\-"'()[\]{}<>\\/]/g, ' '));
  const seen = new Set<string>();
  const out: { word: string; term: string }[] = [];
  for (const token of tokens) {
    const word = token.toString();
    const trimmed = lunr.trimmer(token.clone());
    if (!trimmed.toString() || !lunr.stopWordFilter(trimmed)) continue;
    const term = (lunr.stemmer(trimmed)).toString();
    if (!term || seen.has(term)) continue;
    seen.add(term);
    out.push({ word, term });
  }
  return out;
}

/** Stems one word the way the index does, for highlighting; empty for stop words. */
export function stemWord(word: string): string {
  const token = lunr.trimmer(new lunr.Token(word.toLowerCase(), {}));
  if (!token.toString()) return '';
  return (lunr.stemmer(token)).toString();
}
