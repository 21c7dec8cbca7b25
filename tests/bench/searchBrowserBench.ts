/**
 * Runs inside Chromium on a served site (bundled by searchBench.ts): loading Cohesion's search
 * index and answering queries, and the same for Pagefind's index of the same pages. Each engine
 * has a first search (timed here; its bytes are counted outside the page, since Pagefind fetches
 * from a worker) and then repeated loads and queries.
 */
import { createSearcher, type Searcher } from '../../src/lib/search/createSearcher';
import type { SearchManifest } from '../../src/lib/search/searchRecord';

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

const json = async <T>(path: string, init?: RequestInit) => (await (await fetch(path, init)).json()) as T;

/** The manifest, with shards and record blocks fetched as queries need them, as the site loads them. */
async function loadLunr(): Promise<Searcher> {
  return createSearcher(await json<SearchManifest>('/search-index.json', { cache: 'no-store' }), {
    shard: (file) => json(`/search-shards/${file}.json`),
    records: (file) => json(`/search-records/${file}.json`),
  });
}

let searcher: Searcher | undefined;

/** Cohesion's first search as a learner makes it: the manifest, the shards and records the query needs, then the passages of the top six results. */
async function lunrFirst(q: string) {
  const t0 = performance.now();
  searcher = await loadLunr();
  const top = (await searcher.search({ q }, { prefix: true, limit: 6 })).hits;
  await Promise.all(top.map((h) => fetch(`/search-fragments/${h.record.id}.json`).then((r) => r.json())));
  return { firstSearch: performance.now() - t0 };
}

async function lunrRepeat(queries: string[], runs: number) {
  const loads: number[] = [];
  for (let i = 0; i < Math.max(3, runs / 3); i++) {
    const t = performance.now();
    await loadLunr();
    loads.push(performance.now() - t);
  }
  const times: number[] = [];
  // Warm: the shards and records of every query fetched, as after a first search for each.
  for (const q of queries) await searcher!.search({ q }, { prefix: true, limit: 6 });
  for (let i = 0; i < runs; i++)
    for (const q of queries) {
      const t = performance.now();
      await searcher!.search({ q }, { prefix: true, limit: 6 });
      times.push(performance.now() - t);
    }
  return { load: median(loads), query: median(times) };
}

interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}
let pagefind: Pagefind | undefined;

/** Pagefind's first search, the same way: load, search, and the data (excerpts) of the top six. */
async function pagefindFirst(q: string) {
  const t0 = performance.now();
  pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  await pagefind.init();
  const load = performance.now() - t0;
  const { results } = await pagefind.search(q);
  await Promise.all(results.slice(0, 6).map((r) => r.data()));
  return { firstSearch: performance.now() - t0, load };
}

async function pagefindRepeat(queries: string[], runs: number) {
  for (const q of queries) await pagefind!.search(q); // warm: chunks for every query loaded
  const times: number[] = [];
  for (let i = 0; i < runs; i++)
    for (const q of queries) {
      const t = performance.now();
      await pagefind!.search(q);
      times.push(performance.now() - t);
    }
  return { query: median(times) };
}

Object.assign(window, { lunrFirst, lunrRepeat, pagefindFirst, pagefindRepeat });
