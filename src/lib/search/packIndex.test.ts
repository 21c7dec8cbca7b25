import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { loadPackedIndex, packIndex } from './packIndex';

type Json = {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
};

/** lunr's JSON with term numbers replaced by the terms, so two numberings compare equal. */
function byTerm(json: object) {
  const { fields, fieldVectors, invertedIndex } = json as Json;
  const term = new Map(invertedIndex.map(([t, entry]) => [entry._index, t]));
  return {
    fields,
    vectors: Object.fromEntries(
      fieldVectors.map(([ref, elements]) => [
        ref,
        Object.fromEntries(elements.flatMap((v, i) => (i % 2 === 0 ? [[term.get(v)!, elements[i + 1]]] : []))),
      ]),
    ),
    postings: Object.fromEntries(
      invertedIndex.map(([t, { _index, ...fields }]) => [t, JSON.parse(JSON.stringify(fields))]),
    ),
  };
}

/** The same JSON shape read back from a lazily loaded index, term by term and vector by vector. */
function loadedAsJson(index: lunr.Index, like: object): object {
  const { fields, fieldVectors, invertedIndex } = like as Json;
  const loaded = index as unknown as {
    invertedIndex: Record<string, Json['invertedIndex'][number][1]>;
    fieldVectors: Record<string, { elements: number[] }>;
  };
  return {
    fields,
    fieldVectors: fieldVectors.map(([ref]) => [ref, loaded.fieldVectors[ref]!.elements]),
    invertedIndex: invertedIndex.map(([t]) => [t, loaded.invertedIndex[t]!]),
  };
}

function build(docs: Record<string, string>[]) {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('id');
  builder.field('title', { boost: 5 });
  builder.field('body');
  docs.forEach((doc, i) => {
    builder.add({ id: String(i), ...doc });
  });
  return { builder, index: builder.build() };
}

const words =
  'value hypothesis buying centre sponsor payer formulary tender account plan review insight metric pharmacist budget'.split(
    ' ',
  );
const docs = Array.from({ length: 60 }, (_, i) => ({
  title: `${words[i % words.length]} ${words[(i * 7) % words.length]}`,
  body: Array.from({ length: 20 + (i % 13) * 7 }, (_, k) => words[(i * 31 + k * k) % words.length]).join(' '),
}));

describe('packIndex and loadPackedIndex', () => {
  it("rebuild exactly lunr's own index: the same postings and the same weights for every vector", () => {
    const { builder, index } = build(docs);
    const packed = JSON.parse(JSON.stringify(packIndex(builder, index)));
    const original = index.toJSON();
    expect(byTerm(loadedAsJson(loadPackedIndex(packed), original))).toEqual(byTerm(original));
  });

  it('give the same results, in the same order with the same scores, as the original index', () => {
    const { builder, index } = build(docs);
    const loaded = loadPackedIndex(JSON.parse(JSON.stringify(packIndex(builder, index))));
    for (const q of ['value', 'buying centre', 'sponsor^3 payer', 'title:plan', 'form*', '+account -budget']) {
      expect(loaded.search(q)).toEqual(index.search(q));
    }
  });

  it('are smaller than lunr JSON', () => {
    const { builder, index } = build(docs);
    expect(JSON.stringify(packIndex(builder, index)).length).toBeLessThan(JSON.stringify(index.toJSON()).length / 2);
  });

  it('refuse an index whose refs are not positions', () => {
    const builder = new lunr.Builder();
    builder.ref('id');
    builder.field('body');
    builder.add({ id: 'module-a', body: 'words' });
    expect(() => packIndex(builder, builder.build())).toThrow(/document ref "module-a"/);
  });
});
