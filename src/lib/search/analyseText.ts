import lunr from 'lunr';
import { spellingVariants } from './normaliseSpelling';

/** The steps that turn a word into an index term, in order: trim, drop stop words, one spelling, stem. */
export const WORD_STEPS: lunr.PipelineFunction[] = [lunr.trimmer, lunr.stopWordFilter, spellingVariants, lunr.stemmer];

/** The index terms of plain text, in order, each with the word it came from (stop words dropped). */
export function analyseText(text: string): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  for (const token of lunr.tokenizer(text)) {
    const word = token.toString();
    let current: lunr.Token | undefined = token.clone();
    for (const step of WORD_STEPS) {
      const result: ReturnType<lunr.PipelineFunction> | undefined = current ? step(current, 0, [current]) : undefined;
      current = result && !Array.isArray(result) && result.toString() ? result : undefined;
    }
    if (current) out.push({ word, term: current.toString() });
  }
  return out;
}
