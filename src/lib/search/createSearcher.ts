import lunr from 'lunr';
import { matchesFilters } from './matchesFilters';
import { loadPackedIndex, postingDocuments } from './packIndex';
import { QUERY_SYNTAX, queryTerms } from './queryTerms';
import type { SearchFilters } from './searchFiltersSchema';
import type { SearchLanguage } from './searchLanguage';
import type { SearchIndexFile, SearchRecord } from './searchRecord';
import { synonymPipeline } from './synonymPipeline';

/** One module found, with the index terms it matched (to highlight them). */
export interface SearchHit {
  record: SearchRecord;
  score: number;
  terms: string[];
}

export interface SearchOptions {
  /** Treat the last word as unfinished ("hypoth" finds "hypothesis"): for results as you type. */
  prefix?: boolean;
  limit?: number;
}

/** A loaded index that answers queries. */
export interface Searcher {
  search: (filters: SearchFilters, options?: SearchOptions) => SearchHit[];
  /** The language the index was stemmed in: highlight matches in it too. */
  language: SearchLanguage;
  file: SearchIndexFile;
}

/**
 * Loads a serialised index and returns a searcher. A query is user input: lunr's syntax
 * (`title:value`, `hypoth*`, `+value -price`, `payer~1`, `map^10`) is honoured when it parses,
 * and anything lunr cannot parse falls back to a plain search for the words. Plain searches
 * first require every word; if nothing has them all, any word will do. An empty query with
 * filters lists every module that passes them, by title.
 */
export function createSearcher(file: SearchIndexFile): Searcher {
  // Registers the synonym steps the packed index's query pipeline names, before loading it.
  const language = file.language ?? 'en';
  const synonyms = synonymPipeline(file.synonyms, language);
  const index = loadPackedIndex(file.index);

  // Index terms in lunr's sorted order, with the documents that have each, read from the packed file.
  const allTerms = file.index.terms;
  const firstAtLeast = (typed: string) => {
    let lo = 0;
    let hi = allTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (allTerms[mid]! < typed) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const known = (term: string) => allTerms[firstAtLeast(term)] === term;
  const frequencies = new Map<number, number>();
  const documentFrequency = (t: number) => {
    let n = frequencies.get(t);
    if (n === undefined) {
      n = postingDocuments(file.index.postings[t]!).size;
      frequencies.set(t, n);
    }
    return n;
  };
  /** The commonest index terms that start with the letters typed so far. */
  const completions = (typed: string, n: number) => {
    const found: number[] = [];
    for (let i = firstAtLeast(typed); i < allTerms.length && allTerms[i]!.startsWith(typed); i++) found.push(i);
    return found
      .sort((a, b) => documentFrequency(b) - documentFrequency(a) || a - b)
      .slice(0, n)
      .map((i) => allTerms[i]!);
  };

  const plain = (text: string, prefix: boolean): lunr.Index.Result[] => {
    const terms = queryTerms(text, synonyms, language);
    if (terms.length === 0) return [];
    // Each word becomes the index terms that count as having it: a finished word, its stem; an
    // unfinished one ("cen", "buyi"), the two commonest terms it starts ("centr") and any stem
    // that starts it ("buy"). Rare completions are left out: a prefix should not rank a module
    // first for a word the learner is unlikely to be typing.
    const groups = terms.map(({ word, term, synonym }, i) => {
      if (!prefix || synonym || i < terms.length - 1 || word.length < 2) return [term];
      const typed = word.toLowerCase();
      const shorter = Array.from({ length: Math.max(0, typed.length - 3) }, (_, k) =>
        typed.slice(0, typed.length - 1 - k),
      ).filter(known);
      return [...new Set([...(known(term) ? [term] : []), ...completions(typed, 2), ...shorter])];
    });
    const results = index.query((q) => {
      for (const group of groups) for (const t of group) q.term(t, { usePipeline: false });
    });
    // Every word first; if nothing has them all, any word will do.
    const all = results.filter((r) => {
      const matched = new Set(Object.keys(r.matchData.metadata));
      return groups.every((group) => group.some((t) => matched.has(t)));
    });
    return all.length > 0 || groups.length === 1 ? all : results;
  };

  const query = (text: string, prefix: boolean): lunr.Index.Result[] => {
    if (QUERY_SYNTAX.test(text)) {
      try {
        return index.search(text);
      } catch (error) {
        if (!(error instanceof lunr.QueryParseError)) throw error;
      }
    }
    return plain(text, prefix);
  };

  return {
    file,
    language,
    search: ({ q, ...filters }, { prefix = false, limit = Number.POSITIVE_INFINITY } = {}) => {
      const text = q.trim();
      const hits: SearchHit[] = text
        ? query(text, prefix).map((r) => ({
            record: file.records[Number(r.ref)]!,
            score: r.score,
            terms: [...new Set(Object.keys(r.matchData.metadata).flatMap(synonyms.expand))],
          }))
        : file.records
            .map((record) => ({ record, score: 0, terms: [] }))
            .sort((a, b) => a.record.t.localeCompare(b.record.t));
      const noFilters = Object.values(filters).every((v) => v === undefined);
      if (!text && noFilters) return [];
      return hits.filter((h) => h.record && matchesFilters(h.record, filters)).slice(0, limit);
    },
  };
}
