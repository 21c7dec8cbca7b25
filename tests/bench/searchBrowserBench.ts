/**
 * Runs inside Chromium on a served site (bundled by searchBench.ts): loading Cohesion's search
 * index and answering queries, and the same for Pagefind's index of the same pages.
 */
import { createSearcher, type Searcher } from '../../src/lib/search/createSearcher';
import type { SearchIndexFile } from '../../src/lib/search/searchRecord';

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
/** Bytes that crossed the wire for resources whose path starts with one of the prefixes. */
const bytesFetched = (prefixes: string[]) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => prefixes.some((p) => new URL(e.name).pathname.startsWith(p))).reduce((sum, e) => sum + e.encodedBodySize, 0);

async function loadLunr(): Promise<Searcher> {
  const response = await fetch('/search-index.json', { cache: 'no-store' });
  return createSearcher((await response.json()) as SearchIndexFile);
}

/** Cohesion: a first search as a learner makes it (index, then the passages of the top six), then repeated loads and queries. */
async function lunrBench(queries: string[], runs: number) {
  const t0 = performance.now();
  const searcher = await loadLunr();
  const first = searcher.search({ q: queries[0]! }, { prefix: true }).slice(0, 6);
  await Promise.all(first.map((h) => fetch(`/search-fragments/${h.record.id}.json`).then((r) => r.json())));
  const firstSearch = performance.now() - t0;
  const firstSearchBytes = bytesFetched(['/search-index.json', '/search-fragments/']);
  const loads: number[] = [];
  for (let i = 0; i < Math.max(3, runs / 3); i++) {
    const t = performance.now();
    await loadLunr();
    loads.push(performance.now() - t);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++)
    for (const q of queries) {
      const t = performance.now();
      searcher.search({ q }, { prefix: true });
      times.push(performance.now() - t);
    }
  return { firstSearch, firstSearchBytes, load: median(loads), query: median(times) };
}

interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

/** Pagefind, the same way: load, first search with the data (excerpts) of the top six, then repeated queries. */
async function pagefindBench(queries: string[], runs: number) {
  const t0 = performance.now();
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  await pagefind.init();
  const load = performance.now() - t0;
  const { results } = await pagefind.search(queries[0]!);
  await Promise.all(results.slice(0, 6).map((r) => r.data()));
  const firstSearch = performance.now() - t0;
  const firstSearchBytes = bytesFetched(['/pagefind/']);
  for (const q of queries) await pagefind.search(q); // warm: chunks for every query loaded
  const times: number[] = [];
  for (let i = 0; i < runs; i++)
    for (const q of queries) {
      const t = performance.now();
      await pagefind.search(q);
      times.push(performance.now() - t);
    }
  return { firstSearch, firstSearchBytes, load, query: median(times) };
}

Object.assign(window, { lunrBench, pagefindBench });
