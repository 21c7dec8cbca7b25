/**
 * `npm run bench` (`-- --quick` for the fast subset, `-- --search` for search alone, `-- --scale` for the 5,000-module build
 * alone, `-- --build` for the builds against Starlight alone): builds generated curricula of 100 and 1,000 modules with Cohesion and, in the same run, with stock Astro
 * Starlight, and (full run) 5,000 modules with Cohesion alone; weighs every page type
 * in Chromium; times search, planning, progress, event recording and the sync server; runs
 * Lighthouse on the default site; checks the budgets and writes bench-results/latest.{json,md}.
 * Absolute times on a shared machine are noisy: compare the ratios within a run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium } from '@playwright/test';
import { writeGeneratedCurriculum } from '../helpers/writeGeneratedCurriculum';
import type { BenchReport, BuildPair, SiteFigures } from './benchReport';
import { buildPair } from './buildPair';
import { buildSite } from './buildSite';
import { domainBench } from './domainBench';
import { evaluateBudgets } from './evaluateBudgets';
import { machineInfo } from './machineInfo';
import { measureFirstSearch } from './measureFirstSearch';
import { measureFirstVisit } from './measureFirstVisit';
import { runBrowserBench } from './runBrowserBench';
import { runLighthouse } from './runLighthouse';
import type { RunCost } from './runMeasured';
import { buildGenerated, SCALE_SIZES } from './scaleOnly';
import { BENCH_QUERIES, runSearchBench } from './searchBench';
import { serveStatic } from './serveStatic';
import { moduleHtmlSizes, weighPages } from './weighSite';
import { writeReport } from './writeReport';
import { writeStarlightProject } from './writeStarlightProject';

if (process.argv.includes('--search')) {
  // Only the search part: `npm run bench -- --search [--modules=1000,5000]`.
  const { searchOnly } = await import('./searchOnly');
  await searchOnly(process.argv);
  process.exit(0);
}
if (process.argv.includes('--pages')) {
  // Only the page weights and Lighthouse, on a site already built: `npm run bench -- --pages --dir=dist`.
  const { pagesOnly } = await import('./pagesOnly');
  await pagesOnly(process.argv);
  process.exit(0);
}
if (process.argv.includes('--build')) {
  // Only the build comparison: `npm run bench -- --build [--modules=1000] [--pairs=2] [--against=<git revision>]`.
  const { buildOnly } = await import('./buildOnly');
  await buildOnly(join(import.meta.dirname, '..', '..'), process.argv);
  process.exit(0);
}
if (process.argv.includes('--scale')) {
  // Only the scale budget: `npm run bench -- --scale` builds 1,000 and 5,000 modules with Cohesion.
  const { scaleOnly } = await import('./scaleOnly');
  await scaleOnly(join(import.meta.dirname, '..', '..'));
  process.exit(0);
}

const project = join(import.meta.dirname, '..', '..');
const quick = process.argv.includes('--quick');
const runs = quick ? 15 : 60;
/** Lighthouse's Chromium listens here (this benchmark's reserved range is 4371–4379). */
const LIGHTHOUSE_PORT = 4371;
const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const gib = (c: RunCost) => `${(c.peakRssBytes / 2 ** 30).toFixed(2)} GiB`;

const machine = machineInfo();
console.log(
  `Cohesion benchmarks${quick ? ' (quick)' : ''}: ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, load ${machine.loadAtStart.toFixed(2)}\n`,
);
const work = mkdtempSync(join(tmpdir(), 'cohesion-bench-'));
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser: Browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

try {
  log('domain timings (Node) and learner-side timings (Chromium)');
  const timings = [...domainBench(runs), ...(await runBrowserBench(browser, runs))];
  for (const t of timings)
    log(
      `  ${t.name.padEnd(66)} median ${t.median.toFixed(2).padStart(8)} ms${t.p95 === undefined ? '' : `  p95 ${t.p95.toFixed(2).padStart(8)} ms`}`,
    );

  const content = (n: number) => join(work, `content-${n}`);
  const cohesionDir = (n: number) => join(work, `cohesion-${n}`);
  const starlightDir = (n: number) => join(work, `starlight-${n}`);
  for (const n of [100, 1000]) writeGeneratedCurriculum(content(n), { modules: n });
  const starlightProject = (n: number) => {
    const root = join(work, `starlight-project-${n}`);
    if (!existsSync(root)) writeStarlightProject(root, content(n));
    return root;
  };

  // Builds. Each Cohesion build is followed by Starlight's on the same modules, so a pair shares the machine's state.
  const builds = new Map<string, RunCost>();
  const pairs: BuildPair[] = [];
  log('build: Cohesion, default curriculum');
  builds.set('cohesion-0', await buildSite(undefined, cohesionDir(0)));
  const pairPlan = quick ? [100] : [100, 1000, 1000, 1000];
  for (const n of pairPlan) {
    const pair = await buildPair(
      n,
      content(n),
      { cohesion: cohesionDir(n), starlight: starlightDir(n) },
      starlightProject(n),
    );
    const { cohesion: c, starlight: s } = pair;
    log(`build: Cohesion, ${n} modules: ${c.seconds.toFixed(1)} s, ${gib(c)}`);
    log(
      `build: Starlight, ${n} modules: ${s.seconds.toFixed(1)} s, ${gib(s)}  → time ratio ${pair.timeRatio.toFixed(2)}, CPU time ratio ${pair.cpuRatio.toFixed(2)}`,
    );
    pairs.push(pair);
    builds.set(`cohesion-${n}`, c);
    builds.set(`starlight-${n}`, s);
  }
  if (!builds.has('cohesion-1000')) {
    const c = await buildSite(content(1000), cohesionDir(1000));
    log(`build: Cohesion, 1000 modules: ${c.seconds.toFixed(1)} s, ${gib(c)}`);
    builds.set('cohesion-1000', c);
  }
  // The scale budget (full run): Cohesion alone on 5,000 modules, against the median 1,000-module build's CPU time.
  let scale: BenchReport['scale'];
  if (!quick) {
    const big = await buildGenerated(work, SCALE_SIZES.to);
    log(
      `build: Cohesion, ${SCALE_SIZES.to} modules: ${big.seconds.toFixed(1)} s, ${big.cpuSeconds.toFixed(1)} s CPU, ${gib(big)}`,
    );
    const thousands = pairs.filter((p) => p.modules === SCALE_SIZES.from).map((p) => p.cohesion);
    const from = thousands.sort((a, b) => a.cpuSeconds - b.cpuSeconds)[Math.floor(thousands.length / 2)]!;
    scale = { from: { modules: SCALE_SIZES.from, build: from }, to: { modules: SCALE_SIZES.to, build: big } };
  }

  log('bytes per page type (Chromium)');
  const sites: SiteFigures[] = [];
  const siteSpecs: { product: SiteFigures['product']; modules: number; label: string; dir: string }[] = [
    { product: 'cohesion', modules: 0, label: 'default curriculum', dir: cohesionDir(0) },
    { product: 'cohesion', modules: 100, label: '100 generated modules', dir: cohesionDir(100) },
    { product: 'cohesion', modules: 1000, label: '1,000 generated modules', dir: cohesionDir(1000) },
    { product: 'starlight', modules: 100, label: '100 generated modules', dir: starlightDir(100) },
    ...(quick
      ? []
      : [{ product: 'starlight' as const, modules: 1000, label: '1,000 generated modules', dir: starlightDir(1000) }]),
  ];
  for (const spec of siteSpecs) {
    const pages = await weighPages(browser, spec.dir, spec.product);
    sites.push({
      ...spec,
      build: builds.get(`${spec.product}-${spec.modules}`)!,
      pages,
      moduleHtml: moduleHtmlSizes(spec.dir),
    });
    const module = pages.find((p) => p.type === 'module')!;
    log(
      `  ${spec.product}, ${spec.label}: module page HTML ${(module.measured.html.gzip / 1024).toFixed(1)} KB gzip, JS before interaction ${(module.measured.js.gzip / 1024).toFixed(1)} KB gzip`,
    );
  }

  log('first visit with the service worker install (home page, Chromium)');
  const firstVisit: NonNullable<BenchReport['firstVisit']> = [];
  for (const spec of siteSpecs.filter((s) => s.product === 'cohesion')) {
    const visit = await measureFirstVisit(browser, spec.dir);
    firstVisit.push({ modules: spec.modules, label: spec.label, visit });
    log(`  ${spec.label}: ${(visit.bytes / 1024).toFixed(1)} KB in ${visit.files} files`);
  }

  const searchSize = quick ? 100 : 1000;
  log(`first search through each site's UI (${searchSize} modules)`);
  let firstSearch: BenchReport['firstSearch'];
  {
    const co = await serveStatic(cohesionDir(searchSize));
    const sl = await serveStatic(starlightDir(searchSize));
    try {
      const path = sites
        .find((s) => s.product === 'cohesion' && s.modules === searchSize)!
        .pages.find((p) => p.type === 'module')!.path;
      const query = BENCH_QUERIES[0]!;
      firstSearch = {
        modules: searchSize,
        query,
        cohesion: await measureFirstSearch(browser, `${co.url}${path}`, 'cohesion', query),
        starlight: await measureFirstSearch(browser, `${sl.url}${path}`, 'starlight', query),
      };
      log(
        `  Cohesion ${(firstSearch.cohesion.bytes / 1024).toFixed(1)} KB, Starlight ${(firstSearch.starlight.bytes / 1024).toFixed(1)} KB`,
      );
    } finally {
      co.server.close();
      sl.server.close();
    }
  }

  log('search engines: Cohesion lunr vs Pagefind on the same module pages');
  const search = [];
  for (const site of [
    { label: 'default curriculum', dir: cohesionDir(0), modules: 0 },
    { label: 'generated, 1,000 modules', dir: cohesionDir(1000), modules: 1000 },
  ]) {
    const s = await runSearchBench(browser, site, quick ? 5 : 20);
    search.push(s);
    log(
      `  ${site.label}: first search Cohesion ${(s.cohesion.firstSearchBytes / 1024).toFixed(1)} KB vs Pagefind ${(s.pagefind.firstSearchBytes / 1024).toFixed(1)} KB; query ${s.cohesion.query.toFixed(2)} vs ${s.pagefind.query.toFixed(2)} ms`,
    );
  }

  log('sync server');
  let server: BenchReport['server'];
  if (existsSync(join(import.meta.dirname, 'serverBench.ts'))) {
    try {
      const bench = (await import('./serverBench.ts')) as {
        runServerBench: (o: { quick: boolean }) => Promise<unknown[]>;
      };
      server = await bench.runServerBench({ quick });
      log(`  ${JSON.stringify(server)}`);
    } catch (error) {
      server = { skipped: `serverBench failed: ${(error as Error).message.split('\n')[0]}` };
      log(`  ${server.skipped}`);
    }
  } else {
    server = { skipped: 'tests/bench/serverBench.ts is not there yet' };
    log(`  skipped: ${server.skipped}`);
  }

  log('Lighthouse on the default site');
  let lighthouse: BenchReport['lighthouse'];
  {
    const { url, server: http } = await serveStatic(cohesionDir(0));
    try {
      const module = sites[0]!.pages.find((p) => p.type === 'module')!.path;
      lighthouse = await runLighthouse(
        [
          { page: 'home', url: `${url}/` },
          { page: `module ${module}`, url: `${url}${module}` },
          { page: 'journey', url: `${url}/journey/` },
          { page: 'assessment', url: `${url}/assessment/` },
          { page: 'coverage', url: `${url}/coverage/` },
        ],
        LIGHTHOUSE_PORT,
        quick ? 1 : 3,
      );
      for (const l of lighthouse)
        log(
          `  ${l.page}: performance, lowest run ${Math.min(...l.performanceRuns)} (runs: ${l.performanceRuns.join(', ')}), accessibility ${l.accessibility}, best practices ${l.bestPractices}`,
        );
    } catch (error) {
      lighthouse = { skipped: (error as Error).message.split('\n').slice(0, 3).join(' ') };
      log(`  could not run: ${lighthouse.skipped}`);
    } finally {
      http.close();
    }
  }

  const partial = {
    startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
    seconds: (performance.now() - started) / 1000,
    quick,
    machine: { ...machine, loadAtEnd: loadavg()[0]! },
    timings,
    sites,
    pairs,
    scale,
    firstSearch,
    search,
    firstVisit,
    server,
    lighthouse,
  };
  const report: BenchReport = { ...partial, budgets: evaluateBudgets(partial) };
  writeReport(project, report);
  console.log('\nBudgets:');
  for (const b of report.budgets)
    console.log(`  ${b.ok ? '✓' : '✗'} ${b.budget}: ${b.actual}${b.note ? `\n      missed: ${b.note}` : ''}`);
  console.log(`\nReport: bench-results/latest.md and latest.json (${(report.seconds / 60).toFixed(1)} min).`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
