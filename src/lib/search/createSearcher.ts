import lunr from 'lunr';
import { matchesFilters } from './matchesFilters';
import { unpackIndex } from './packIndex';
import { QUERY_SYNTAX, queryTerms } from './queryTerms';
import type { SearchFilters } from './searchFiltersSchema';
import type { SearchIndexFile, SearchRecord } from './searchRecord';

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
  const index = lunr.Index.load(unpackIndex(file.index));

  const plain = (text: string, prefix: boolean): lunr.Index.Result[] => {
    const terms = queryTerms(text);
    if (terms.length === 0) return [];
    const run = (presence: lunr.Query.presence) =>
      index.query((q) => {
        terms.forEach(({ term }, i) => {
          const unfinished = prefix && i === terms.length - 1 && term.length >= 2;
          if (unfinished) {
            q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, presence });
            q.term(term, { usePipeline: false, boost: 2 });
          } else {
            q.term(term, { usePipeline: false, presence });
          }
        });
      });
    const all = run(lunr.Query.presence.REQUIRED);
    return all.length > 0 || terms.length === 1 ? all : run(lunr.Query.presence.OPTIONAL);
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
    search: ({ q, ...filters }, { prefix = false, limit = Number.POSITIVE_INFINITY } = {}) => {
      const text = q.trim();
      const hits: SearchHit[] = text
        ? query(text, prefix).map((r) => ({ record: file.records[Number(r.ref)]!, score: r.score, terms: Object.keys(r.matchData.metadata) }))
        : file.records.map((record) => ({ record, score: 0, terms: [] })).sort((a, b) => a.record.t.localeCompare(b.record.t));
      const noFilters = Object.values(filters).every((v) => v === undefined);
      if (!text && noFilters) return [];
      return hits.filter((h) => h.record && matchesFilters(h.record, filters)).slice(0, limit);
    },
  };
}
