import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { buildSearchIndex } from '../../src/lib/search/buildSearchIndex';
import { createSearcher } from '../../src/lib/search/createSearcher';

// The real curriculum, indexed as the build indexes it and loaded from JSON as the browser loads it.
const { curriculum } = checkContent(join(import.meta.dirname, '..', '..'));
const file = JSON.parse(JSON.stringify(buildSearchIndex(curriculum)));
const searcher = createSearcher(file);
const top = (q: string, n = 3) =>
  searcher
    .search({ q })
    .slice(0, n)
    .map((h) => h.record.id);

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
  it.each(expectations)('"%s" returns %s in the top 3', (q, id) => {
    expect(top(q)).toContain(id);
  });

  it('ranks the module a learner means first whichever spelling they use: "buying center" is the buying centre', () => {
    expect(top('buying center', 1)).toEqual(['mapping-the-buying-centre']);
    expect(top('buying centre', 1)).toEqual(['mapping-the-buying-centre']);
    expect(top('prioritization criteria')).toContain('selection-and-prioritisation-criteria');
    expect(top('organizational behavior', 5).length).toBeGreaterThan(0);
  });

  it('finds what an abbreviation stands for, through content/synonyms.yaml, and the reverse', () => {
    // No module says "KOL"; several say "influencer" or "opinion".
    const kol = searcher.search({ q: 'KOL' });
    expect(kol.length).toBeGreaterThan(0);
    expect(kol[0]!.terms).toEqual(expect.arrayContaining(['influenc']));
    expect(kol[0]!.terms).not.toContain('leader'); // a phrase's words alone are not highlighted
    expect(top('key opinion leader')).toEqual(top('KOL'));
    // "HEOR" and "health economics" are one thing to search.
    expect(top('HEOR', 1)).toEqual(['team-selling-with-heor-and-market-access']);
    expect(top('health economics', 1)).toEqual(['team-selling-with-heor-and-market-access']);
    expect(searcher.search({ q: 'health economics' }).length).toBe(searcher.search({ q: 'HEOR' }).length);
  });

  it('applies synonyms and spellings to queries in lunr syntax too', () => {
    expect(searcher.search({ q: 'title:center' }).map((h) => h.record.id)).toContain('mapping-the-buying-centre');
    expect(searcher.search({ q: '+KOL' }).length).toBe(searcher.search({ q: 'KOL' }).length);
  });

  it('finds modules from an unfinished word as the learner types', () => {
    const typed = (q: string) =>
      searcher
        .search({ q }, { prefix: true })
        .slice(0, 3)
        .map((h) => h.record.id);
    expect(typed('hypoth')).toContain('building-a-value-hypothesis');
    // The likely word, not a rare one that happens to share the letters ("cen" → centre, not center).
    expect(typed('buying cen')[0]).toBe('mapping-the-buying-centre');
    // Typed letters can run past the stem: "buyi" is on its way to "buying", indexed as "buy".
    expect(typed('buyi')).toContain('mapping-the-buying-centre');
  });

  it('prefers modules that have every word, and falls back to any word when none has them all', () => {
    const both = searcher.search({ q: 'formulary sponsor' });
    expect(both.length).toBeGreaterThan(0);
    const nonsense = searcher.search({ q: 'sponsor xylophonic' });
    expect(nonsense.map((h) => h.record.id)).toContain('executive-sponsor-engagement');
  });

  it("honours lunr's syntax when it parses: field scoping and exclusion", () => {
    const titled = searcher.search({ q: 'title:hypothesis' }).map((h) => h.record.id);
    expect(titled).toEqual(['building-a-value-hypothesis']);
    const without = searcher.search({ q: '+sponsor -executive' }).map((h) => h.record.id);
    expect(without).not.toContain('executive-sponsor-engagement');
  });

  it('falls back to the plain words when lunr cannot parse the query', () => {
    expect(top('nosuchfield:value hypothesis')).toContain('building-a-value-hypothesis');
    expect(top('value^ hypothesis~')).toContain('building-a-value-hypothesis');
  });

  it('never throws, whatever the learner types', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...':*~^+- "<>/&abcvalue'.split('')), maxLength: 24 }), (q) => {
        searcher.search({ q }, { prefix: true });
      }),
      { numRuns: 500 },
    );
    expect(() => searcher.search({ q: '<img src=x onerror=alert(1)>' })).not.toThrow();
  });

  it('reports the matched index terms of each hit, for highlighting', () => {
    const [hit] = searcher.search({ q: 'buying centre' });
    expect(hit!.terms).toEqual(expect.arrayContaining(['buy', 'center']));
  });

  it('filters by competency and level, path and duration', () => {
    const q = 'account';
    const all = searcher.search({ q });
    const mapping = searcher.search({ q, competency: 'stakeholder-mapping', level: 2 });
    expect(mapping.length).toBeGreaterThan(0);
    expect(mapping.length).toBeLessThan(all.length);
    expect(mapping.every((h) => h.record.c.some(([c, l]) => c === 'stakeholder-mapping' && l === 2))).toBe(true);
    const path = curriculum.paths[0]!;
    expect(searcher.search({ q, path: path.id }).every((h) => h.record.p.includes(path.id))).toBe(true);
    expect(searcher.search({ q, duration: 'short' }).every((h) => h.record.d <= 15)).toBe(true);
  });

  it('lists every module passing the filters, by title, when the query is empty', () => {
    const listed = searcher.search({ q: '', competency: 'value-selling' });
    const expected = curriculum.modules
      .filter((m) => m.develops.some((d) => d.competency === 'value-selling'))
      .map((m) => m.title)
      .sort((a, b) => a.localeCompare(b));
    expect(listed.map((h) => h.record.t)).toEqual(expected);
    expect(searcher.search({ q: '  ' })).toEqual([]);
  });
});
