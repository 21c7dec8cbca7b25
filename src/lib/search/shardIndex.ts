/**
 * lunr 2.x's documented serialised index (`lunr.Index#toJSON`): the only part of lunr the shards
 * are made from, so no private state of its builder is read.
 */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
  pipeline: string[];
}

/**
 * One shard of a sharded index: every index term that starts with the shard's key (and with no
 * longer key of the index), each with lunr's term number and its postings. Per field that has the
 * term: [field number, document count, first document, gaps…, then each document's weight × 1000],
 * the weight being the term's element of that document's field vector (lunr rounds those to 3 decimals).
 */
export interface IndexShard {
  terms: [term: string, index: number, postings: number[]][];
}

/** What a searcher needs before any shard: the fields, the query pipeline and where each shard is. */
export interface ShardedIndex {
  version: string;
  pipeline: string[];
  fields: string[];
  /** Document refs are "0" … "documents − 1". */
  documents: number;
  /** Shard keys (term prefixes) and their file names, by key. */
  shards: { key: string; file: string }[];
}

/** Entries grouped by their term's first `length` characters, in order. */
function byPrefix(entries: IndexShard['terms'], length: number): Map<string, IndexShard['terms']> {
  const groups = new Map<string, IndexShard['terms']>();
  for (const entry of entries) {
    const key = entry[0].slice(0, length);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** A shard grows no larger than this (JSON characters) unless all its terms share one longer prefix. */
const SHARD_CHARACTERS = 24_000;

/**
 * Splits a serialised lunr index into term shards of at most about `maxCharacters` each, keyed by
 * term prefix (one letter first, longer where a prefix has too many postings), so a query fetches
 * only the shards of its terms. Every weight and term number is lunr's own, so an index loaded from
 * the shards scores exactly as the whole one. Refuses an index whose refs are not positions, that
 * keeps term metadata, or whose field vectors are not in document order.
 */
export function shardIndex(
  json: LunrIndexJson,
  name: (shard: IndexShard, key: string) => string,
  maxCharacters = SHARD_CHARACTERS,
): { index: ShardedIndex; shards: Map<string, IndexShard> } {
  const { fields } = json;
  const documents = json.fieldVectors.length / Math.max(1, fields.length);
  // Negated queries (`-word`) walk every field vector in lunr's order: it must be document by document.
  json.fieldVectors.forEach(([ref], i) => {
    if (ref !== `${fields[i % fields.length]}/${Math.floor(i / fields.length)}`)
      throw new Error(`shardIndex: field vector "${ref}" is out of document order; refs must be "0", "1", …`);
  });
  // Each field vector's weights by term number, at its position: document × fields + field (checked above).
  const weights = json.fieldVectors.map(([, elements]) => {
    const byTerm = new Map<number, number>();
    for (let i = 0; i < elements.length; i += 2) byTerm.set(elements[i]!, elements[i + 1]!);
    return byTerm;
  });

  const entries: IndexShard['terms'] = json.invertedIndex.map(([term, { _index, ...byField }]) => {
    const postings = fields.flatMap((field, f) => {
      const posting = (byField[field] ?? {}) as Record<string, object>;
      const docs = Object.keys(posting).map((ref) => {
        if (!/^(0|[1-9]\d*)$/.test(ref) || Number(ref) >= documents)
          throw new Error(`shardIndex: document ref "${ref}" of term "${term}" is not a number below ${documents}.`);
        if (Object.keys(posting[ref]!).length > 0) throw new Error('shardIndex: term metadata is not supported.');
        return Number(ref);
      });
      if (docs.length === 0) return [];
      docs.sort((a, b) => a - b);
      const scaled = docs.map((d) => {
        const weight = weights[d * fields.length + f]?.get(_index);
        if (weight === undefined) throw new Error(`shardIndex: "${field}/${d}" has no weight for "${term}".`);
        const thousandths = Math.round(weight * 1000);
        if (thousandths / 1000 !== weight) throw new Error(`shardIndex: weight ${weight} is not in thousandths.`);
        return thousandths;
      });
      return [f, docs.length, ...docs.map((d, i) => (i === 0 ? d : d - docs[i - 1]!)), ...scaled];
    });
    return [term, _index, postings];
  });

  // Split by prefix: a group too large is split by one more letter; terms as short as the prefix stay.
  const groups = new Map<string, IndexShard['terms']>();
  const size = (group: IndexShard['terms']) => group.reduce((n, [term, , p]) => n + term.length + 8 + p.length * 4, 0);
  const place = (key: string, group: IndexShard['terms']) => {
    if (size(group) <= maxCharacters || group.every(([term]) => term.length <= key.length)) {
      groups.set(key, group);
      return;
    }
    const here = group.filter(([term]) => term.length <= key.length);
    if (here.length > 0) groups.set(key, here);
    for (const [k, g] of byPrefix(
      group.filter(([term]) => term.length > key.length),
      key.length + 1,
    ))
      place(k, g);
  };
  for (const [k, g] of byPrefix(entries, 1)) place(k, g);

  const shards = new Map(
    [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, terms]) => [k, { terms }]),
  );
  return {
    index: {
      version: json.version,
      pipeline: json.pipeline,
      fields,
      documents,
      shards: [...shards].map(([key, shard]) => ({ key, file: name(shard, key) })),
    },
    shards,
  };
}
