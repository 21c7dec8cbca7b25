import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex';
import { builtSearchFiles } from '../../src/lib/search/builtSearchFiles';
import { createSearcher, type SearchOptions } from '../../src/lib/search/createSearcher';
import type { SearchFilters } from '../../src/lib/search/searchFiltersSchema';

// The real curriculum, indexed as the build indexes it and loaded from JSON as the browser loads it.
const { curriculum } = checkContent(join(import.meta.dirname, '..', '..'));
const built = buildSearchIndex(curriculum);
const searcher = createSearcher(JSON.parse(JSON.stringify(built.manifest)), builtSearchFiles(built));
/** Every hit of a search, best first. */
const find = async (filters: SearchFilters, options?: SearchOptions) => (await searcher.search(filters, options)).hits;
const top = async (q: string, n = 3) => (await find({ q })).slice(0, n).map((h) => h.record.id);

describe('search over the default curriculum', () => {
  // What learners type in the middle of an account plan, and the module that must come up.
  const expectations: [string, string][] = [
    ['buying centre', 'mapping-the-buying-centre'],
    ['value hypothesis', 'building-a-value-hypothesis'],
    ['single payer', 'healthcare-archetypes'],
    ['executive sponsor', 'executive-sponsor-engagement'],
    ['account plan template', 'writing-the-account-plan'],
    ['hype cycle', 'the-programme-hype-cycle'],
    ['metric dictionary', 'building-the-insight-engine'],
    ['HEOR market access', 'team-selling-with-heor-and-market-access'],
    ['co-creation workshop', 'co-creation-workshops'],
    ['account selection criteria', 'selection-and-prioritisation-criteria'],
    ['buying journey', 'the-customers-buying-journey'],
    ['community of practice', 'stewarding-the-community-of-practice'],
    ['realised value', 'proving-realised-value'],
    ['review cadence', 'the-account-review-cadence'],
  ];
  it.each(expectations)('"%s" returns %s in the top 3', async (q, id) => {
    expect(await top(q)).toContain(id);
  });

  it('ranks the module a learner means first whichever spelling they use: "buying center" is the buying centre', async () => {
    expect(await top('buying center', 1)).toEqual(['mapping-the-buying-centre']);
    expect(await top('buying centre', 1)).toEqual(['mapping-the-buying-centre']);
    expect(await top('prioritization criteria')).toContain('selection-and-prioritisation-criteria');
    expect((await top('organizational behavior', 5)).length).toBeGreaterThan(0);
  });

  it('finds what an abbreviation stands for, through content/synonyms.yaml, and the reverse', async () => {
    // No module says "KOL"; several say "influencer" or "opinion".
    const kol = await find({ q: 'KOL' });
    expect(kol.length).toBeGreaterThan(0);
    expect(kol[0]!.terms).toEqual(expect.arrayContaining(['influenc']));
    expect(kol[0]!.terms).not.toContain('leader'); // a phrase's words alone are not highlighted
    expect(await top('key opinion leader')).toEqual(await top('KOL'));
    // "HEOR" and "health economics" are one thing to search.
    expect(await top('HEOR', 1)).toEqual(['team-selling-with-heor-and-market-access']);
    expect(await top('health economics', 1)).toEqual(['team-selling-with-heor-and-market-access']);
    expect((await find({ q: 'health economics' })).length).toBe((await find({ q: 'HEOR' })).length);
  });

  it('applies synonyms and spellings to queries in lunr syntax too', async () => {
    expect((await find({ q: 'title:center' })).map((h) => h.record.id)).toContain('mapping-the-buying-centre');
    expect((await find({ q: '+KOL' })).length).toBe((await find({ q: 'KOL' })).length);
  });

  it('finds modules from an unfinished word as the learner types', async () => {
    const typed = async (q: string) => (await find({ q }, { prefix: true })).slice(0, 3).map((h) => h.record.id);
    expect(await typed('hypoth')).toContain('building-a-value-hypothesis');
    // The likely word, not a rare one that happens to share the letters ("cen" → centre, not center).
    expect((await typed('buying cen'))[0]).toBe('mapping-the-buying-centre');
    // Typed letters can run past the stem: "buyi" is on its way to "buying", indexed as "buy".
    expect(await typed('buyi')).toContain('mapping-the-buying-centre');
  });

  it('prefers modules that have every word, and falls back to any word when none has them all', async () => {
    const both = await find({ q: 'formulary sponsor' });
    expect(both.length).toBeGreaterThan(0);
    const nonsense = await find({ q: 'sponsor xylophonic' });
    expect(nonsense.map((h) => h.record.id)).toContain('executive-sponsor-engagement');
  });

  it("honours lunr's syntax when it parses: field scoping and exclusion", async () => {
    const titled = (await find({ q: 'title:hypothesis' })).map((h) => h.record.id);
    expect(titled).toEqual(['building-a-value-hypothesis']);
    const without = (await find({ q: '+sponsor -executive' })).map((h) => h.record.id);
    expect(without).not.toContain('executive-sponsor-engagement');
  });

  it('falls back to the plain words when lunr cannot parse the query', async () => {
    expect(await top('nosuchfield:value hypothesis')).toContain('building-a-value-hypothesis');
    expect(await top('value^ hypothesis~')).toContain('building-a-value-hypothesis');
  });

  it('never throws, whatever the learner types', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...':*~^+- "<>/&abcvalue'.split('')), maxLength: 24 }),
        async (q) => {
          await find({ q }, { prefix: true });
        },
      ),
      { numRuns: 500 },
    );
    await expect(find({ q: '<img src=x onerror=alert(1)>' })).resolves.toBeInstanceOf(Array);
  });

  it('reports the matched index terms of each hit, for highlighting', async () => {
    const [hit] = await find({ q: 'buying centre' });
    expect(hit!.terms).toEqual(expect.arrayContaining(['buy', 'center']));
  });

  it('filters by competency and level, path and duration', async () => {
    const q = 'account';
    const all = await find({ q });
    const mapping = await find({ q, competency: 'stakeholder-mapping', level: 2 });
    expect(mapping.length).toBeGreaterThan(0);
    expect(mapping.length).toBeLessThan(all.length);
    expect(mapping.every((h) => h.record.c.some(([c, l]) => c === 'stakeholder-mapping' && l === 2))).toBe(true);
    const path = curriculum.paths[0]!;
    expect((await find({ q, path: path.id })).every((h) => h.record.p.includes(path.id))).toBe(true);
    expect((await find({ q, duration: 'short' })).every((h) => h.record.d <= 15)).toBe(true);
  });

  it('lists every module passing the filters, by title, when the query is empty', async () => {
    const listed = await find({ q: '', competency: 'value-selling' });
    const expected = curriculum.modules
      .filter((m) => m.develops.some((d) => d.competency === 'value-selling'))
      .map((m) => m.title)
      .sort((a, b) => a.localeCompare(b));
    expect(listed.map((h) => h.record.t)).toEqual(expected);
    expect(await find({ q: '  ' })).toEqual([]);
  });
});

describe('a first search over the sharded index', () => {
  it('fetches only the shards of the words typed and the record blocks of the hits it returns', async () => {
    const files = builtSearchFiles(built);
    const fresh = createSearcher(JSON.parse(JSON.stringify(built.manifest)), files);
    const { hits, total } = await fresh.search({ q: 'value hypothesis' }, { limit: 6 });
    expect(hits[0]!.record.id).toBe('building-a-value-hypothesis');
    expect(total).toBeGreaterThan(6);
    const shards = files.fetched.filter((f) => built.shards.has(f));
    expect(shards.length).toBeLessThanOrEqual(2);
    expect(shards.length).toBeLessThan(built.shards.size / 4);
    const blocks = files.fetched.filter((f) => built.records.has(f));
    const blockOf = (id: string) =>
      Math.floor(curriculum.modules.findIndex((m) => m.id === id) / built.manifest.records.block);
    expect(blocks.length).toBe(new Set(hits.map((h) => blockOf(h.record.id))).size);
  });

  it('names the words whose shard cannot be fetched (offline), still finds modules by the others, and fetches it later', async () => {
    const files = builtSearchFiles(built);
    const hypothesisShard = built.manifest.index.shards.findLast((s) => 'hypothesi'.startsWith(s.key))!.file;
    let online = false;
    const fresh = createSearcher(built.manifest, {
      ...files,
      shard: (file) => (online || file !== hypothesisShard ? files.shard(file) : Promise.reject(new Error('offline'))),
    });
    const offline = await fresh.search({ q: 'value hypothesis' });
    expect(offline.unavailable).toEqual(['hypothesis']);
    expect(offline.hits.length).toBeGreaterThan(0);
    online = true;
    const later = await fresh.search({ q: 'value hypothesis' });
    expect(later.unavailable).toEqual([]);
    expect(later.hits[0]!.record.id).toBe('building-a-value-hypothesis');
  });
});
