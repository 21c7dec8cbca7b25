import { stemWord } from './queryTerms';
import type { SearchLanguage } from './searchLanguage';

/** A run of text, marked when it is a word the search matched. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

const WORD = /([\p{L}\p{N}][\p{L}\p{N}'’]*)/u;

/**
 * Splits text into segments, marking each word whose stem is one of the matched index terms
 * (or starts with one, for the unfinished last word of a query typed so far), stemmed in `language`.
 */
export function highlightTerms(
  text: string,
  terms: readonly string[],
  prefix = false,
  language: SearchLanguage = 'en',
): TextSegment[] {
  const wanted = new Set(terms);
  const matches = (word: string) => {
    const stem = stemWord(word, language);
    if (!stem) return false;
    if (wanted.has(stem)) return true;
    return prefix && terms.some((t) => t.length >= 2 && stem.startsWith(t));
  };
  const segments: TextSegment[] = [];
  for (const [i, part] of text.split(WORD).entries()) {
    if (!part) continue;
    const mark = i % 2 === 1 && matches(part);
    const last = segments[segments.length - 1];
    if (last && !last.mark && !mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  return segments;
}
