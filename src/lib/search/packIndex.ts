import lunr from 'lunr';

/**
 * A compact, exact encoding of a lunr 2.x index whose document refs are "0", "1", … and which
 * keeps no term metadata. lunr's JSON repeats every field name and document ref for every term,
 * and stores each (field, document) vector as term numbers and BM25 weights. The packed form
 * keeps, per term, each field's documents as gaps, and per vector only the term frequencies
 * (mostly 1) and the field's length; `loadPackedIndex` recomputes the weights with lunr's own
 * formula and rounding.
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
  const json = index.toJSON() as unknown as {
    version: string;
    pipeline: string[];
    invertedIndex: [string, Record<string, Record<string, object>>][];
  };
  const fields = Object.entries(internals._fields).map(([name, f]) => ({ name, boost: f.boost ?? 1 }));
  const documents = internals.documentCount;
  const terms = json.invertedIndex.map(([term]) => term);
  const position = new Map(terms.map((t, i) => [t, i]));

  const postings = json.invertedIndex.map(([term, entry]) =>
    fields.flatMap(({ name }, f) => {
      const docs = Object.entries(entry[name] ?? {}).map(([ref, metadata]) => {
        if (!/^(0|[1-9]\d*)$/.test(ref) || Number(ref) >= documents)
          throw new Error(`packIndex: document ref "${ref}" of term "${term}" is not a number below ${documents}.`);
        if (Object.keys(metadata).length > 0) throw new Error('packIndex: term metadata is not supported.');
        return Number(ref);
      });
      if (docs.length === 0) return [];
      docs.sort((a, b) => a - b);
      return [f, docs.length, ...docs.map((d, i) => (i === 0 ? d : d - docs[i - 1]!))];
    }),
  );
  const ref = (name: string, d: number) => `${name}/${d}`;
  const lengths = fields.map(({ name }) =>
    Array.from({ length: documents }, (_, d) => internals.fieldLengths[ref(name, d)] ?? 0),
  );
  const frequencies = fields.map(({ name }) =>
    Array.from({ length: documents }, (_, d) =>
      Object.entries(internals.fieldTermFrequencies[ref(name, d)] ?? {})
        .map(([term, tf]) => [position.get(term)!, tf] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, tf]) => tf),
    ),
  );
  return {
    version: json.version,
    pipeline: json.pipeline,
    fields,
    documents,
    k1: internals._k1,
    b: internals._b,
    terms,
    postings,
    lengths,
    frequencies,
  };
}

/** Decodes one term's postings: [field number, documents] for each field that has the term. */
function decodePostings(list: readonly number[]): [number, number[]][] {
  const out: [number, number[]][] = [];
  for (let i = 0; i < list.length; ) {
    const field = list[i++]!;
    const count = list[i++]!;
    const docs = new Array<number>(count);
    for (let k = 0; k < count; k++) docs[k] = k === 0 ? list[i++]! : docs[k - 1]! + list[i++]!;
    out.push([field, docs]);
  }
  return out;
}

/** The documents that have a term, in any field, from its packed postings. */
export function postingDocuments(list: readonly number[]): Set<number> {
  return new Set(decodePostings(list).flatMap(([, docs]) => docs));
}

/**
 * A lunr.Index over a packed index, built lazily: the term trie is built up front, but a term's
 * postings and a (field, document) vector are decoded the first time a query reaches them, so
 * loading costs a pass over the postings instead of one object per posting. The weights are
 * computed with the same arithmetic, in the same order, as lunr.Builder's
 * calculateAverageFieldLengths and createFieldVectors, so they equal a freshly built index's.
 */
export function loadPackedIndex(packed: PackedIndex): lunr.Index {
  const { fields, documents, terms, postings, lengths, frequencies, k1, b } = packed;
  // Which terms each (field, document) vector has, in term order, and how many documents have each term.
  const vectorTerms = fields.map(() => Array.from({ length: documents }, () => [] as number[]));
  const idf = new Float64Array(terms.length);
  terms.forEach((_, t) => {
    let withTerm = 0;
    const list = postings[t]!;
    for (let i = 0; i < list.length; ) {
      const f = list[i++]!;
      const count = list[i++]!;
      withTerm += count;
      let doc = 0;
      for (let k = 0; k < count; k++) {
        doc = k === 0 ? list[i++]! : doc + list[i++]!;
        vectorTerms[f]![doc]!.push(t);
      }
    }
    // lunr.idf, from the counts.
    idf[t] = Math.log(1 + Math.abs((documents - withTerm + 0.5) / (withTerm + 0.5)));
  });
  const average = lengths.map((perDoc) => perDoc.reduce((sum, n) => sum + n, 0) / documents);
  const termNumber = new Map(terms.map((term, t) => [term, t]));
  const fieldNumber = new Map(fields.map((f, i) => [f.name, i]));
  // lunr only reads term metadata (and copies it), so every posting can share one empty object.
  const NO_METADATA = Object.freeze({});

  const entries = new Map<string, object>();
  const invertedIndex = new Proxy({} as Record<string, object>, {
    get(_, term) {
      if (typeof term !== 'string' || !termNumber.has(term)) return undefined;
      let entry = entries.get(term);
      if (!entry) {
        const t = termNumber.get(term)!;
        const built: Record<string, unknown> = { _index: t };
        for (const { name } of fields) built[name] = {};
        for (const [f, docs] of decodePostings(postings[t]!))
          built[fields[f]!.name] = Object.fromEntries(docs.map((d) => [d, NO_METADATA]));
        entry = built;
        entries.set(term, entry);
      }
      return entry;
    },
  });

  const vectors = new Map<string, lunr.Vector>();
  const fieldVectors = new Proxy({} as Record<string, lunr.Vector>, {
    get(_, ref) {
      if (typeof ref !== 'string') return undefined;
      let vector = vectors.get(ref);
      if (!vector) {
        const slash = ref.lastIndexOf('/');
        const f = fieldNumber.get(ref.slice(0, slash));
        const d = Number(ref.slice(slash + 1));
        if (f === undefined || !(d >= 0 && d < documents)) return undefined;
        const { boost } = fields[f]!;
        const tfs = frequencies[f]![d]!;
        const fieldLength = lengths[f]![d]!;
        const termsHere = vectorTerms[f]![d]!;
        const elements = new Array<number>(termsHere.length * 2);
        termsHere.forEach((t, i) => {
          const tf = tfs[i]!;
          let score = (idf[t]! * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / average[f]!)) + tf);
          score *= boost;
          elements[2 * i] = t;
          elements[2 * i + 1] = Math.round(score * 1000) / 1000;
        });
        vector = new lunr.Vector(elements);
        vectors.set(ref, vector);
      }
      return vector;
    },
  });

  const pipeline = lunr.Pipeline.load(packed.pipeline);
  // TokenSet.fromArray takes sorted terms (ours are); @types/lunr does not declare it.
  const tokenSet = (lunr.TokenSet as unknown as { fromArray: (sorted: string[]) => lunr.TokenSet }).fromArray(terms);
  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet,
    fields: fields.map((f) => f.name),
    pipeline,
  } as unknown as lunr.Index.Attributes);
}
