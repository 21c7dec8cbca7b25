import lunr from 'lunr';

/**
 * A compact, exact encoding of a lunr 2.x index whose document refs are "0", "1", … and which
 * keeps no term metadata. lunr's JSON repeats every field name and document ref for every term,
 * and stores each (field, document) vector as term numbers and BM25 weights. The packed form
 * keeps, per term, each field's documents as gaps, and per vector only the term frequencies
 * (mostly 1) and the field's length; `unpackIndex` recomputes the weights with lunr's own
 * formula and rounding, and rebuilds the JSON that `lunr.Index.load` takes.
 */
export interface PackedIndex {
  version: string;
  pipeline: string[];
  fields: { name: string; boost: number }[];
  documents: number;
  k1: number;
  b: number;
  /** Terms in lunr's (sorted) order; a term's number is its position. */
  terms: string[];
  /** Per term: for each field that has it, [field number, document count, first document, gaps…]. */
  postings: number[][];
  /** Per field, per document: the number of tokens in the field. */
  lengths: number[][];
  /** Per field, per document: each term's frequency, in term order. */
  frequencies: number[][][];
}

/** What lunr's builder knows after `build()` and does not serialise. */
interface BuilderInternals {
  _fields: Record<string, { boost?: number }>;
  _k1: number;
  _b: number;
  documentCount: number;
  fieldLengths: Record<string, number>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
}

/** Packs a built index, reading the term frequencies from the builder that built it. */
export function packIndex(builder: lunr.Builder, index: lunr.Index): PackedIndex {
  const internals = builder as unknown as BuilderInternals;
  const json = index.toJSON() as unknown as { version: string; pipeline: string[]; invertedIndex: [string, Record<string, Record<string, object>>][] };
  const fields = Object.entries(internals._fields).map(([name, f]) => ({ name, boost: f.boost ?? 1 }));
  const documents = internals.documentCount;
  const terms = json.invertedIndex.map(([term]) => term);
  const position = new Map(terms.map((t, i) => [t, i]));

  const postings = json.invertedIndex.map(([term, entry]) =>
    fields.flatMap(({ name }, f) => {
      const docs = Object.entries(entry[name] ?? {}).map(([ref, metadata]) => {
        if (!/^(0|[1-9]\d*)$/.test(ref) || Number(ref) >= documents) throw new Error(`packIndex: document ref "${ref}" of term "${term}" is not a number below ${documents}.`);
        if (Object.keys(metadata).length > 0) throw new Error('packIndex: term metadata is not supported.');
        return Number(ref);
      });
      if (docs.length === 0) return [];
      docs.sort((a, b) => a - b);
      return [f, docs.length, ...docs.map((d, i) => (i === 0 ? d : d - docs[i - 1]!))];
    }),
  );
  const ref = (name: string, d: number) => `${name}/${d}`;
  const lengths = fields.map(({ name }) => Array.from({ length: documents }, (_, d) => internals.fieldLengths[ref(name, d)] ?? 0));
  const frequencies = fields.map(({ name }) =>
    Array.from({ length: documents }, (_, d) =>
      Object.entries(internals.fieldTermFrequencies[ref(name, d)] ?? {})
        .map(([term, tf]) => [position.get(term)!, tf] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, tf]) => tf),
    ),
  );
  return { version: json.version, pipeline: json.pipeline, fields, documents, k1: internals._k1, b: internals._b, terms, postings, lengths, frequencies };
}

/** The documents that have a term, in any field, from its packed postings. */
export function postingDocuments(list: readonly number[]): Set<number> {
  const docs = new Set<number>();
  for (let i = 0; i < list.length; ) {
    i++; // field number
    const count = list[i++]!;
    let doc = 0;
    for (let k = 0; k < count; k++) docs.add((doc = k === 0 ? list[i++]! : doc + list[i++]!));
  }
  return docs;
}

// lunr's inverse document frequency; @types/lunr does not declare it.
const idfOf = (lunr as unknown as { idf: (posting: object, documentCount: number) => number }).idf;

/** Rebuilds lunr's JSON (with term numbers by position) from a packed index. */
export function unpackIndex(packed: PackedIndex): object {
  const { fields, documents, terms, postings, lengths, frequencies, k1, b } = packed;
  const vectorTerms = fields.map(() => Array.from({ length: documents }, () => [] as number[]));
  const idf = new Float64Array(terms.length);
  const invertedIndex = terms.map((term, t) => {
    const entry: Record<string, unknown> = { _index: t };
    for (const { name } of fields) entry[name] = {};
    const list = postings[t]!;
    for (let i = 0; i < list.length; ) {
      const f = list[i++]!;
      const count = list[i++]!;
      const docs: Record<string, object> = {};
      let doc = 0;
      for (let k = 0; k < count; k++) {
        doc = k === 0 ? list[i++]! : doc + list[i++]!;
        docs[doc] = {};
        vectorTerms[f]![doc]!.push(t);
      }
      entry[fields[f]!.name] = docs;
    }
    idf[t] = idfOf(entry, documents);
    return [term, entry];
  });

  // The same arithmetic, in the same order, as lunr.Builder's calculateAverageFieldLengths and
  // createFieldVectors, so the weights are identical to a freshly built index.
  const average = lengths.map((perDoc) => perDoc.reduce((sum, n) => sum + n, 0) / documents);
  const fieldVectors: [string, number[]][] = [];
  for (let d = 0; d < documents; d++) {
    fields.forEach(({ name, boost }, f) => {
      const tfs = frequencies[f]![d]!;
      const fieldLength = lengths[f]![d]!;
      const elements = vectorTerms[f]![d]!.flatMap((t, i) => {
        const tf = tfs[i]!;
        let score = (idf[t]! * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / average[f]!)) + tf);
        score *= boost;
        return [t, Math.round(score * 1000) / 1000];
      });
      fieldVectors.push([`${name}/${d}`, elements]);
    });
  }
  return { version: packed.version, fields: fields.map((f) => f.name), fieldVectors, invertedIndex, pipeline: packed.pipeline };
}
