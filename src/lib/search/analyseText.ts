import lunr from 'lunr';
import { languageSteps, type SearchLanguage } from './searchLanguage';

/** The index terms of plain text in `language`, in order, each with the word it came from (stop words dropped). */
export function analyseText(text: string, language: SearchLanguage = 'en'): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  const steps = languageSteps(language).index;
  for (const token of lunr.tokenizer(text)) {
    const word = token.toString();
    let current: lunr.Token | undefined = token.clone();
    for (const step of steps) {
      const result: ReturnType<lunr.PipelineFunction> | undefined = current ? step(current, 0, [current]) : undefined;
      current = result && !Array.isArray(result) && result.toString() ? result : undefined;
    }
    if (current) out.push({ word, term: current.toString() });
  }
  return out;
}
