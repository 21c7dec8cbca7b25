import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from '@playwright/test';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { serveStatic } from './serveStatic';

/** What a learner would type; the first one is the "first search". */
export const BENCH_QUERIES = [
  'value hypothesis',
  'buying centre',
  'single payer',
  'executive sponsor',
  'account plan',
  'hypoth',
  'review cadence',
  'metric',
];

export interface SearchFigures {
  site: string;
  modules: number;
  cohesion: { raw: number; gzip: number; firstSearchBytes: number; firstSearch: number; load: number; query: number };
  pagefind: {
    files: number;
    bytes: number;
    indexSeconds: number;
    firstSearchBytes: number;
    firstSearch: number;
    load: number;
    query: number;
  };
}

const sizeOf = (dir: string): { files: number; bytes: number } =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((acc, e) => ({ files: acc.files + 1, bytes: acc.bytes + statSync(join(e.parentPath, e.name)).size }), {
      files: 0,
      bytes: 0,
    });

/**
 * Search on a built site, Cohesion's lunr index against Pagefind indexing the same module pages
 * (written into the site's /pagefind/), both measured in the same Chromium: index size, load,
 * first search (bytes and time) and the median query.
 */
export async function runSearchBench(
  browser: Browser,
  site: { label: string; dir: string; modules: number },
  runs: number,
): Promise<SearchFigures> {
  const indexFile = readFileSync(join(site.dir, 'search-index.json'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error('Pagefind could not create an index.');
  await index.addDirectory({ path: site.dir, glob: 'modules/*/index.html' });
  await index.writeFiles({ outputPath: join(site.dir, 'pagefind') });
  const indexSeconds = (performance.now() - started) / 1000;
  const pagefindSize = sizeOf(join(site.dir, 'pagefind'));

  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'searchBrowserBench.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const { url, server } = await serveStatic(site.dir, {
    '/__bench/': {
      type: 'text/html',
      body: '<!doctype html><title>search bench</title><script src="/__bench.js"></script>',
    },
    '/__bench.js': { type: 'text/javascript', body: bundle.outputFiles[0]!.text },
  });
  try {
    // A fresh context per engine: nothing cached, as for a learner's first search. Bytes are the
    // encoded (gzip where the server compresses) response bodies of every request the first
    // search made, workers included.
    const measure = async (engine: 'lunr' | 'pagefind', prefixes: string[]) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/__bench/`);
      const sizes: Promise<number>[] = [];
      const count = (request: Request) => {
        if (prefixes.some((p) => new URL(request.url()).pathname.startsWith(p)))
          sizes.push(request.sizes().then((s) => s.responseBodySize));
      };
      context.on('requestfinished', count);
      type Call = (...args: unknown[]) => Promise<Record<string, number>>;
      const call = (name: string, ...args: unknown[]) =>
        page.evaluate(([n, a]) => (window as unknown as Record<string, Call>)[n as string]!(...(a as unknown[])), [
          name,
          args,
        ] as const);
      const first = await call(`${engine}First`, BENCH_QUERIES[0]);
      context.off('requestfinished', count);
      const firstSearchBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      const repeat = await call(`${engine}Repeat`, BENCH_QUERIES, runs);
      await context.close();
      return { firstSearchBytes, ...first, ...repeat } as {
        firstSearchBytes: number;
        firstSearch: number;
        load: number;
        query: number;
      };
    };
    const cohesion = await measure('lunr', [
      '/search-index.json',
      '/search-shards/',
      '/search-records/',
      '/search-fragments/',
    ]);
    const pf = await measure('pagefind', ['/pagefind/']);
    return {
      site: site.label,
      modules: site.modules,
      cohesion: { raw: indexFile.length, gzip: gzipSync(indexFile).length, ...cohesion },
      pagefind: { ...pagefindSize, indexSeconds, ...pf },
    };
  } finally {
    server.close();
    await pagefind.close();
  }
}
