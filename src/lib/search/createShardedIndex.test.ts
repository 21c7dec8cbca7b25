import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { createShardedIndex } from './createShardedIndex';
import { type LunrIndexJson, shardIndex } from './shardIndex';

function build(docs: Record<string, string>[]) {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('id');
  builder.field('title', { boost: 5 });
  builder.field('headings', { boost: 2 });
  builder.field('body');
  docs.forEach((doc, i) => {
    builder.add({ id: String(i), ...doc });
  });
  return builder.build();
}

// A generated corpus: many words sharing prefixes, so shards split by longer prefixes too.
const words = (
  'value values valuation hypothesis hypothesise buying buyer centre center central sponsor sponsorship payer ' +
  'payers formulary formula tender account accounting plan planning planner review reviewer insight metric ' +
  'metrics pharmacist budget budgeting cadence executive single stakeholder strategy strategic access market ' +
  'marketing evidence economic outcome outcomes 2026 x'
).split(' ');
const pick = (seed: number) => words[(seed * 2654435761) % words.length]!;
const docs = Array.from({ length: 240 }, (_, i) => ({
  title: `${pick(i)} ${pick(i * 7 + 3)}`,
  headings: Array.from({ length: 1 + (i % 4) }, (_, k) => pick(i * 13 + k * 5)).join(' '),
  body: Array.from({ length: 20 + (i % 17) * 9 }, (_, k) => pick(i * 31 + k * k + 1)).join(' '),
}));
const QUERIES = [
  'value',
  'value hypothesis',
  'buying centre',
  'single payer',
  'executive sponsor',
  'account plan',
  'review cadence',
  'metric',
  'sponsor^3 payer',
  'title:plan',
  'title:plan body:budget',
  'form*',
  'p*',
  '*ing',
  'pl*ner',
  'valu~1',
  'sponsr~1',
  'payer~2',
  '+account -budget',
  '+account +plan',
  '-budget',
  '-budget -value',
  '+value -hypothesis marketing',
  'headings:strategy~1',
  'nothingatall',
  '2026',
  'x',
];

/** A sharded index loaded with exactly the shards `q` needs, through a JSON round trip as a browser gets them. */
function shardedFor(json: LunrIndexJson, q: string, maxCharacters: number) {
  const { index, shards } = JSON.parse(
    JSON.stringify(
      shardIndex(json, (_, key) => `${key}.json`, maxCharacters),
      (_, v) => (v instanceof Map ? Object.fromEntries(v) : v),
    ),
  ) as { index: Parameters<typeof createShardedIndex>[0]; shards: Record<string, never> };
  const sharded = createShardedIndex(index);
  const keys = sharded.keysForQuery(q);
  for (const key of keys) sharded.add(key, shards[key]!);
  return { sharded, keys, all: index.shards.length };
}

describe('a sharded index', () => {
  const whole = build(docs);
  const json = JSON.parse(JSON.stringify(whole)) as LunrIndexJson;

  it.each([400, 3000, 1_000_000])(
    'finds the same documents, with the same scores in the same order, as the whole lunr index (shards of %i characters)',
    (maxCharacters) => {
      for (const q of QUERIES) {
        const { sharded } = shardedFor(json, q, maxCharacters);
        expect(sharded.index().search(q), q).toEqual(whole.search(q));
      }
    },
  );

  it('answers every query alike with every shard loaded, and with shards added between queries', () => {
    const { sharded } = shardedFor(json, QUERIES[0]!, 400);
    const { shards } = shardIndex(json, (_, key) => key, 400);
    for (const q of QUERIES) {
      for (const key of sharded.keysForQuery(q)) sharded.add(key, shards.get(key)!);
      expect(sharded.index().search(q), q).toEqual(whole.search(q));
    }
    for (const [key, shard] of shards) sharded.add(key, shard);
    for (const q of QUERIES) expect(sharded.index().search(q), q).toEqual(whole.search(q));
  });

  it('fetches one shard for a word, a few for a trailing wildcard, and all of them only for fuzzy or leading wildcards', () => {
    const of = (q: string) => shardedFor(json, q, 400);
    expect(of('value').keys).toHaveLength(1);
    expect(of('value hypothesis').keys).toHaveLength(2);
    const { keys, all } = of('form*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThan(all / 4);
    expect(of('valu~1').keys).toHaveLength(all);
    expect(of('*ing').keys).toHaveLength(all);
  });

  it('is split into many small shards', () => {
    const { index } = shardIndex(json, (_, key) => key, 3000);
    expect(index.shards.length).toBeGreaterThan(8);
  });

  it('refuses an index whose refs are not positions', () => {
    const builder = new lunr.Builder();
    builder.ref('id');
    builder.field('body');
    builder.add({ id: 'module-a', body: 'words' });
    expect(() => shardIndex(JSON.parse(JSON.stringify(builder.build())), (_, k) => k)).toThrow(/"body\/module-a"/);
  });
});
