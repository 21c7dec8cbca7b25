import lunr from 'lunr';

/**
 * lunr pipeline steps that each look at one word alone (trimmer, stop words, spelling, stemmer) as one
 * step that runs them once per distinct word and remembers the term: a curriculum's text repeats its
 * words, so building an index stems each of them once rather than at every occurrence. A token comes
 * out as the steps would make it, or is dropped where one of them drops it.
 */
export function memoiseWordSteps(steps: readonly lunr.PipelineFunction[]): lunr.PipelineFunction {
  const terms = new Map<string, string | null>();
  const analyse = (word: string): string | null => {
    let token = new lunr.Token(word, {});
    for (const step of steps) {
      // What lunr.Pipeline#run drops (its types leave out undefined and ''); each of these steps gives one token or none.
      const result = step(token, 0, [token]) as lunr.Token | lunr.Token[] | null | undefined | '';
      if (result === null || result === undefined || result === '') return null;
      token = result as lunr.Token;
    }
    return token.toString();
  };
  const step: lunr.PipelineFunction = (token) => {
    const word = token.toString();
    let term = terms.get(word);
    if (term === undefined) {
      term = analyse(word);
      terms.set(word, term);
    }
    return term === null ? null : token.update(() => term);
  };
  // Labelled and registered as lunr expects of a pipeline step (the synonyms step does the same); only the
  // index pipeline has it, which lunr does not serialise.
  Object.assign(step, { label: 'wordSteps' });
  (
    lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }
  ).registeredFunctions.wordSteps = step;
  return step;
}
