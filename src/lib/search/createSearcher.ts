import lunr from 'lunr';
import { createShardedIndex } from './createShardedIndex';
import { matchesFilters } from './matchesFilters';
import { QUERY_SYNTAX, queryTerms } from './queryTerms';
import type { SearchFilters } from './searchFiltersSchema';
import type { SearchLanguage } from './searchLanguage';
import type { SearchManifest, SearchRecord } from './searchRecord';
import type { IndexShard } from './shardIndex';
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
  /** How many hits to return (with their records); `total` still counts them all. */
  limit?: number;
}

/** What a search found. */
export interface SearchResults {
  /** The best hits, at most `limit`. */
  hits: SearchHit[];
  /** How many modules match in all. */
  total: number;
  /** Words whose part of the index could not be fetched (offline, never saved): modules with them may be missing. */
  unavailable: string[];
}

/** Where a searcher gets the files its manifest names; a rejected promise means the file cannot be had now. */
export interface SearchFiles {
  shard: (file: string) => Promise<IndexShard>;
  records: (file: string) => Promise<SearchRecord[]>;
}

/** A search manifest that answers queries, fetching the index shards and records they need. */
export interface Searcher {
  search: (filters: SearchFilters, options?: SearchOptions) => Promise<SearchResults>;
  /** The language the index was stemmed in: highlight matches in it too. */
  language: SearchLanguage;
  manifest: SearchManifest;
}

/**
 * A searcher over a search manifest. A query is user input: lunr's syntax (`title:value`, `hypoth*`,
 * `+value -price`, `payer~1`, `map^10`) is honoured when it parses, and anything lunr cannot parse
 * falls back to a plain search for the words. Plain searches first require every word; if nothing
 * has them all, any word will do. An empty query with filters lists every module that passes them,
 * by title. Each query fetches only the shards its terms need (all of them for fuzzy or leading
 * wildcard terms) and the records of the hits it returns (of every hit when filtering); a shard that
 * cannot be fetched leaves its words out and names them in `unavailable`.
 */
export function createSearcher(manifest: SearchManifest, files: SearchFiles): Searcher {
  // Registers the synonym steps the index's query pipeline names, before loading it.
  const language = manifest.language ?? 'en';
  const synonyms = synonymPipeline(manifest.synonyms, language);
  const sharded = createShardedIndex(manifest.index);
  const fileOf = new Map(manifest.index.shards.map((s) => [s.key, s.file]));
  const pending = new Map<string, Promise<void>>();

  /** Loads the shards with `keys`; returns the keys that could not be fetched. */
  const loadShards = async (keys: readonly string[]): Promise<Set<string>> => {
    const failed = new Set<string>();
    await Promise.all(
      keys
        .filter((key) => !sharded.has(key))
        .map((key) => {
          let loading = pending.get(key);
          if (!loading) {
            loading = files.shard(fileOf.get(key)!).then((shard) => sharded.add(key, shard));
            // A failed fetch may succeed later (back online): forget it.
            loading.catch(() => pending.delete(key));
            pending.set(key, loading);
          }
          return loading.catch(() => {
            failed.add(key);
          });
        }),
    );
    return failed;
  };

  const blocks = new Map<number, Promise<SearchRecord[]>>();
  /** The records at `positions`, fetched by block; undefined for a block that cannot be fetched. */
  const recordsAt = async (positions: readonly number[]): Promise<(SearchRecord | undefined)[]> => {
    const { block, files: blockFiles } = manifest.records;
    const needed = [...new Set(positions.map((p) => Math.floor(p / block)))];
    const loaded = new Map(
      await Promise.all(
        needed.map(async (b) => {
          let loading = blocks.get(b);
          if (!loading) {
            loading = files.records(blockFiles[b]!);
            loading.catch(() => blocks.delete(b));
            blocks.set(b, loading);
          }
          return [b, await loading.catch(() => undefined)] as const;
        }),
      ),
    );
    return positions.map((p) => loaded.get(Math.floor(p / block))?.[p % block]);
  };

  /** The commonest loaded index terms that start with the letters typed so far. */
  const completions = (typed: string, n: number) => {
    const terms = sharded.terms();
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < typed) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(typed); i++) found.push(terms[i]!);
    return found
      .map((term, i) => ({ term, i, df: sharded.documentFrequency(term) }))
      .sort((a, b) => b.df - a.df || a.i - b.i)
      .slice(0, n)
      .map((c) => c.term);
  };
  const known = (term: string) => sharded.documentFrequency(term) > 0;

  type Found = { results: lunr.Index.Result[]; unavailable: string[] };

  const plain = async (text: string, prefix: boolean): Promise<Found> => {
    const terms = queryTerms(text, synonyms, language);
    if (terms.length === 0) return { results: [], unavailable: [] };
    const unfinished = (i: number, word: string, synonym?: true) =>
      prefix && !synonym && i === terms.length - 1 && word.length >= 2;
    /** What an unfinished word may stand for: its stem, the terms it starts, and the stems that start it. */
    const shorterThan = (typed: string) =>
      Array.from({ length: Math.max(0, typed.length - 3) }, (_, k) => typed.slice(0, typed.length - 1 - k));
    const keysOf = terms.map(({ word, term, synonym }, i) =>
      unfinished(i, word, synonym)
        ? [term, `${word.toLowerCase()}*`, ...shorterThan(word.toLowerCase())].flatMap((t) => sharded.keysFor(t))
        : sharded.keysFor(term),
    );
    const failed = await loadShards([...new Set(keysOf.flat())]);
    const unavailable = terms.filter((_, i) => keysOf[i]!.some((k) => failed.has(k))).map((t) => t.word);
    // Each word becomes the index terms that count as having it: a finished word, its stem; an
    // unfinished one ("cen", "buyi"), the two commonest terms it starts ("centr") and any stem
    // that starts it ("buy"). Rare completions are left out: a prefix should not rank a module
    // first for a word the learner is unlikely to be typing.
    const groups = terms.map(({ word, term, synonym }, i) => {
      if (!unfinished(i, word, synonym)) return [term];
      const typed = word.toLowerCase();
      const shorter = shorterThan(typed).filter(known);
      return [...new Set([...(known(term) ? [term] : []), ...completions(typed, 2), ...shorter])];
    });
    const results = sharded.index().query((q) => {
      for (const group of groups) for (const t of group) q.term(t, { usePipeline: false });
    });
    // Every word first; if nothing has them all, any word will do.
    const all = results.filter((r) => {
      const matched = new Set(Object.keys(r.matchData.metadata));
      return groups.every((group) => group.some((t) => matched.has(t)));
    });
    return { results: all.length > 0 || groups.length === 1 ? all : results, unavailable };
  };

  const query = async (text: string, prefix: boolean): Promise<Found> => {
    if (QUERY_SYNTAX.test(text)) {
      try {
        const keys = sharded.keysForQuery(text);
        const failed = await loadShards(keys);
        const results = sharded.index().search(text);
        return { results, unavailable: failed.size > 0 ? [text] : [] };
      } catch (error) {
        if (!(error instanceof lunr.QueryParseError)) throw error;
      }
    }
    return plain(text, prefix);
  };

  return {
    manifest,
    language,
    search: async ({ q, ...filters }, { prefix = false, limit = Number.POSITIVE_INFINITY } = {}) => {
      const text = q.trim();
      const noFilters = Object.values(filters).every((v) => v === undefined);
      if (!text && noFilters) return { hits: [], total: 0, unavailable: [] };
      const { results, unavailable } = text
        ? await query(text, prefix)
        : {
            results: Array.from({ length: manifest.records.count }, (_, d) => ({
              ref: String(d),
              score: 0,
              matchData: { metadata: {} },
            })) as unknown as lunr.Index.Result[],
            unavailable: [],
          };
      // Without filters only the records shown are needed; with them, every hit's, to filter.
      const shown = noFilters ? results.slice(0, limit) : results;
      const records = await recordsAt(shown.map((r) => Number(r.ref)));
      let hits: SearchHit[] = shown.flatMap((r, i) => {
        const record = records[i];
        if (!record) return [];
        const terms = [...new Set(Object.keys(r.matchData.metadata).flatMap(synonyms.expand))];
        return [{ record, score: r.score, terms }];
      });
      if (!text) hits.sort((a, b) => a.record.t.localeCompare(b.record.t));
      if (!noFilters) hits = hits.filter((h) => matchesFilters(h.record, filters));
      return {
        hits: hits.slice(0, limit),
        total: noFilters ? results.length : hits.length,
        unavailable,
      };
    },
  };
}
