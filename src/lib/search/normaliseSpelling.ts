import lunr from 'lunr';

// British and American spellings of the same word, brought to one form. Only the form matters
// (it is applied to the index and the query alike), so each rule is written in whichever
// direction has fewer false friends: -ize → -ise ("size" and "prize" are spared by the length),
// -our → -or only after three letters ("four", "hour" and "your" are spared).
const RULES: [RegExp, string][] = [
  [/^([a-z]{3,})iz(e|es|ed|ing|ation|ations|er|ers|able)$/, '$1is$2'],
  [/^([a-z]{2,})yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  [/^([a-z]{3,})(t|b)re(s?)$/, '$1$2er$3'],
  [/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers)?$/, '$1or$2'],
  [/^([a-z]*)gramme(s?)$/, '$1gram$2'],
  [/^([a-z]{4,})ogue(s?)$/, '$1og$2'],
  [/^(defen|offen|preten|licen)ce(s?)$/, '$1se$2'],
  [/^(p|h|an|leuk|orthop|gyn)ae/, '$1e'],
  [/^oe(soph|str|dem)/, 'e$1'],
];

/** One spelling for a lower-case word written the British or the American way ("centre" → "center"). */
export function normaliseSpelling(word: string): string {
  for (const [pattern, replacement] of RULES) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** lunr pipeline step applying `normaliseSpelling`; registered so a serialised index can name it. */
export const spellingVariants: lunr.PipelineFunction = (token) => token.update((word) => normaliseSpelling(word));
lunr.Pipeline.registerFunction(spellingVariants, 'spellingVariants');
