import lunr from 'lunr';
import type { IndexShard, ShardedIndex } from './shardIndex';

/** lunr's query parser (public in its API docs, not declared by @types/lunr). */
const QueryParser = (lunr as unknown as { QueryParser: new (text: string, query: lunr.Query) => { parse: () => void } })
  .QueryParser;
/** lunr.TokenSet.fromArray (public, not declared by @types/lunr): a token set of sorted terms. */
const tokenSetOf = (lunr.TokenSet as unknown as { fromArray: (sorted: string[]) => lunr.TokenSet }).fromArray;

/** A sharded lunr index being filled shard by shard, as queries need them. */
export interface ShardedLunrIndex {
  header: ShardedIndex;
  /** The keys of the shards that hold the terms a term pattern can match: a word, `form*`, `*tion`, `value~1`. */
  keysFor: (term: string, editDistance?: number) => string[];
  /** The keys of the shards a query in lunr's syntax needs; throws lunr.QueryParseError when it does not parse. */
  keysForQuery: (text: string) => string[];
  has: (key: string) => boolean;
  add: (key: string, shard: IndexShard) => void;
  /** The loaded terms, in lunr's (sorted) order. */
  terms: () => readonly string[];
  /** How many documents have a loaded term, in any field. */
  documentFrequency: (term: string) => number;
  /**
   * A lunr.Index over the shards loaded so far: for a query whose shards are all loaded it finds the
   * same documents with the same scores, in the same order, as the whole index (lunr's similarity
   * divides by the query vector's magnitude, so a document vector needs only the elements of loaded terms).
   */
  index: () => lunr.Index;
}

/** An empty sharded index over `header`; shards are added as they arrive. */
export function createShardedIndex(header: ShardedIndex): ShardedLunrIndex {
  const { fields, documents } = header;
  const keys = new Set(header.shards.map((s) => s.key));
  const pipeline = lunr.Pipeline.load(header.pipeline);
  const loaded = new Set<string>();
  const postings = new Map<string, number[]>();
  const frequencies = new Map<string, number>();
  const invertedIndex: Record<string, object> = Object.create(null);
  // Every (field, document) ref in lunr's order, document by document: negated queries walk them all.
  const EMPTY = new lunr.Vector([]);
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (let d = 0; d < documents; d++) for (const field of fields) fieldVectors[`${field}/${d}`] = EMPTY;
  const elements = new Map<string, [number, number][]>();
  const touched = new Set<string>();
  const NO_METADATA = Object.freeze({});
  let sorted: string[] = [];
  let current: lunr.Index | undefined;

  /** The longest key that starts `text`, if any. */
  const keyOf = (text: string) => {
    for (let n = text.length; n >= 0; n--) if (keys.has(text.slice(0, n))) return text.slice(0, n);
    return undefined;
  };
  const keysFor = (term: string, editDistance = 0) => {
    const star = term.indexOf('*');
    // A fuzzy term may differ from its first letter on, and a leading wildcard can be anything.
    if (editDistance > 0 || star === 0) return [...keys];
    if (star < 0) return [keyOf(term)].filter((k) => k !== undefined);
    const prefix = term.slice(0, star);
    return [...new Set([keyOf(prefix), ...[...keys].filter((k) => k.startsWith(prefix))])].filter(
      (k) => k !== undefined,
    );
  };

  return {
    header,
    keysFor,
    keysForQuery: (text) => {
      const query = new lunr.Query(fields);
      new QueryParser(text, query).parse();
      return [
        ...new Set(
          query.clauses.flatMap((clause) =>
            (clause.usePipeline
              ? (pipeline.runString as (s: string, m: object) => string[])(clause.term, { fields: clause.fields })
              : [clause.term]
            ).flatMap((term) => keysFor(term, clause.editDistance)),
          ),
        ),
      ];
    },
    has: (key) => loaded.has(key),
    add: (key, shard) => {
      if (loaded.has(key)) return;
      loaded.add(key);
      for (const [term, index, list] of shard.terms) {
        postings.set(term, list);
        const entry: Record<string, unknown> = { _index: index };
        for (const field of fields) entry[field] = {};
        for (let i = 0; i < list.length; ) {
          const field = fields[list[i++]!]!;
          const count = list[i++]!;
          const docs = new Array<number>(count);
          for (let k = 0; k < count; k++) docs[k] = k === 0 ? list[i++]! : docs[k - 1]! + list[i++]!;
          const posting: Record<number, object> = {};
          for (let k = 0; k < count; k++) {
            const ref = `${field}/${docs[k]}`;
            posting[docs[k]!] = NO_METADATA;
            const pairs = elements.get(ref) ?? [];
            if (pairs.length === 0) elements.set(ref, pairs);
            pairs.push([index, list[i++]! / 1000]);
            touched.add(ref);
          }
          entry[field] = posting;
        }
        invertedIndex[term] = entry;
      }
      sorted = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      current = undefined;
    },
    terms: () => sorted,
    documentFrequency: (term) => {
      const cached = frequencies.get(term);
      if (cached !== undefined) return cached;
      const list = postings.get(term);
      if (!list) return 0;
      const docs = new Set<number>();
      for (let i = 0; i < list.length; ) {
        i++;
        const count = list[i++]!;
        for (let k = 0, d = 0; k < count; k++) {
          d = k === 0 ? list[i++]! : d + list[i++]!;
          docs.add(d);
        }
        i += count;
      }
      frequencies.set(term, docs.size);
      return docs.size;
    },
    index: () => {
      if (current) return current;
      for (const ref of touched) {
        const pairs = elements.get(ref)!.sort((a, b) => a[0] - b[0]);
        fieldVectors[ref] = new lunr.Vector(pairs.flat());
      }
      touched.clear();
      current = new lunr.Index({
        invertedIndex,
        fieldVectors,
        tokenSet: tokenSetOf(sorted),
        fields,
        pipeline,
      } as unknown as lunr.Index.Attributes);
      return current;
    },
  };
}
