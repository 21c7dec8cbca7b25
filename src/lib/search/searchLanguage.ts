import lunr from 'lunr';
import frenchSupport from 'lunr-languages/lunr.fr.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import { spellingVariants } from './normaliseSpelling';

stemmerSupport(lunr);
frenchSupport(lunr);

/** The languages the search understands: each with its own trimmer, stop words and stemmer. */
export const SEARCH_LANGUAGES = ['en', 'fr'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/** A language's steps from a word to an index term, and from a query word to a term (lunr's syntax). */
export interface LanguageSteps {
  index: lunr.PipelineFunction[];
  search: lunr.PipelineFunction[];
}

/**
 * lunr's steps for `language`: English with one spelling for British and American words and
 * lunr's own stemmer; French with lunr-languages' trimmer (accented letters are letters), stop
 * words, accent folding (a query typed without accents still finds "qualité") and Snowball stemmer.
 */
export function languageSteps(language: SearchLanguage): LanguageSteps {
  if (language === 'fr') {
    const { trimmer, stopWordFilter, accentFold, stemmer } = lunr.fr as Required<
      Pick<lunr.LunrLanguagesLanguage, 'trimmer' | 'stopWordFilter' | 'accentFold' | 'stemmer'>
    >;
    const steps = [trimmer, stopWordFilter, accentFold, stemmer] as lunr.PipelineFunction[];
    return { index: steps, search: [accentFold, stemmer] as lunr.PipelineFunction[] };
  }
  return {
    index: [lunr.trimmer, lunr.stopWordFilter, spellingVariants, lunr.stemmer],
    search: [spellingVariants, lunr.stemmer],
  };
}
