import { createServer } from 'node:http';
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import type { Timing } from './benchReport';

/**
 * Runs browserBench.ts in Chromium (bundled with esbuild, served from memory): progress derivation
 * from 10,000 events, recording one event in IndexedDB, and loading the log and deriving from it.
 */
export async function runBrowserBench(browser: Browser, runs: number): Promise<Timing[]> {
  const bundle = await build({
    entryPoints: [new URL('./browserBench.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const html = `<!doctype html><title>bench</title><script>${bundle.outputFiles[0]!.text}</script>`;
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    const r = await page.evaluate(
      (n) => (window as unknown as { benchRun: (n: number) => Promise<Record<string, number>> }).benchRun(n),
      runs,
    );
    await page.close();
    return [
      {
        name: 'deriveProgress: 10,000 events (Chromium)',
        median: r.deriveMedian!,
        p95: r.deriveP95!,
        budget: { ms: 100, on: 'median' },
      },
      {
        name: 'recordStatements: one event committed to IndexedDB (Chromium)',
        median: r.recordMedian!,
        p95: r.recordP95!,
        budget: { ms: 5, on: 'p95' },
      },
      { name: 'load 10,000 events from IndexedDB and derive progress (Chromium)', median: r.loadAndDeriveMedian! },
    ];
  } finally {
    server.close();
  }
}
