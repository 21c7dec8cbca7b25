import lunr from 'lunr';
import type { Synonyms } from '../curriculum/synonymsSchema';
import { analyseText } from './analyseText';
import type { SearchLanguage } from './searchLanguage';

/** Synonym sets prepared for search: each set is one index term, "syn:<first entry>". */
export interface SynonymPipeline {
  /** Index step: after a word or phrase of a set, the set's term too. */
  index: lunr.PipelineFunction;
  /** Query step for lunr's syntax: a one-word synonym searches its set's term (which every entry of the set was indexed as). */
  search: lunr.PipelineFunction;
  /** The set term and length (in terms) of the longest synonym starting at `terms[i]`, if any. */
  match: (terms: readonly string[], i: number) => { term: string; length: number } | undefined;
  /** The index terms a set term stands for (its one-word entries), for highlighting; else the term itself. */
  expand: (term: string) => string[];
}

/**
 * Builds the synonym steps of the index and query pipelines from `content/synonyms.yaml`, so
 * "KOL" and "key opinion leader" are one term at index and at query time. Compares index terms
 * (stemmed, one spelling), so plurals and British/American spellings match too. The steps are
 * registered under fixed names so the serialised index can be loaded again with the same sets.
 */
export function synonymPipeline(sets: Synonyms = [], language: SearchLanguage = 'en'): SynonymPipeline {
  const prepared = sets.map((set) => {
    const entries = set
      .map((text) => analyseText(text, language).map((t) => t.term))
      .filter((terms) => terms.length > 0);
    const term = `syn:${entries[0]?.join('_') ?? ''}`;
    // Highlight the one-word entries: the words of a phrase alone ("leader") would mark too much.
    const single = entries.filter((e) => e.length === 1).flat();
    return {
      term,
      entries: entries.sort((a, b) => b.length - a.length),
      words: single.length > 0 ? single : [...new Set(entries.flat())],
    };
  });
  const setTerm = new Map(prepared.map((p) => [p.term, p.words]));
  const single = new Map(
    prepared.flatMap((p) => p.entries.filter((e) => e.length === 1).map((e) => [e[0]!, p.term] as const)),
  );

  const firstTerms = new Set(prepared.flatMap((p) => p.entries.map((e) => e[0]!)));
  const matchAt = (termAt: (k: number) => string | undefined) => {
    if (!firstTerms.has(termAt(0) ?? '')) return undefined;
    let best: { term: string; length: number } | undefined;
    for (const p of prepared) {
      for (const entry of p.entries) {
        if (best && entry.length <= best.length) continue;
        if (entry.every((t, k) => termAt(k) === t)) best = { term: p.term, length: entry.length };
      }
    }
    return best;
  };
  const match = (terms: readonly string[], i: number) => matchAt((k) => terms[i + k]);
  const withSetTerm = (token: lunr.Token, term: string | undefined) =>
    term ? [token, token.clone(() => term)] : token;
  const index: lunr.PipelineFunction = (token, i, tokens) =>
    withSetTerm(token, matchAt((k) => tokens[i + k]?.toString())?.term);
  const search: lunr.PipelineFunction = (token) => {
    const term = single.get(token.toString());
    return term ? token.update(() => term) : token;
  };
  // Assigned, not registerFunction(): each curriculum brings its own sets, and lunr warns on re-registering.
  Object.assign(index, { label: 'synonyms' });
  Object.assign(search, { label: 'synonymTerm' });
  // @types/lunr does not declare the registry.
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> })
    .registeredFunctions;
  registered.synonyms = index;
  registered.synonymTerm = search;

  return { index, search, match, expand: (term) => setTerm.get(term) ?? [term] };
}
