import { describe, expect, it } from 'vitest';
import type { BenchReport, PageFigures, SiteFigures } from './benchReport';
import { evaluateBudgets } from './evaluateBudgets';

const KB = 1024;
const GiB = 2 ** 30;
const bytes = (gzip: number) => ({ files: 1, raw: gzip * 3, gzip });

function modulePage(jsGzip: number, htmlGzip = 7 * KB): PageFigures {
  return {
    type: 'module',
    path: '/modules/m0000/',
    measured: {
      html: bytes(htmlGzip),
      css: bytes(2 * KB),
      js: bytes(jsGzip),
      other: bytes(0),
      scripts: ['/_astro/journeyActor.js'],
      others: ['/curriculum.json'],
    },
    declared: { upFront: bytes(2 * KB), later: bytes(50 * KB), islands: [] },
  };
}

function site(modules: number, options: { peak?: number; jsGzip?: number; htmlMedian?: number } = {}): SiteFigures {
  const median = options.htmlMedian ?? 7 * KB;
  return {
    product: 'cohesion',
    label: `${modules} generated modules`,
    modules,
    build: { seconds: modules / 40, cpuSeconds: modules / 30, peakRssBytes: options.peak ?? 0.8 * GiB },
    pages: [modulePage(options.jsGzip ?? 10 * KB, median)],
    moduleHtml: { count: modules, median, max: median + KB },
  };
}

function report(parts: Partial<Omit<BenchReport, 'budgets'>>): Omit<BenchReport, 'budgets'> {
  return {
    startedAt: '2026-01-01T00:00:00.000Z',
    seconds: 60,
    quick: false,
    machine: {
      cpus: 2,
      cpuModel: 'test',
      memoryGiB: 24,
      node: 'v24',
      chromium: 'Chromium',
      loadAtStart: 0,
      loadAtEnd: 0,
    },
    timings: [],
    sites: [site(100), site(1000)],
    pairs: [],
    firstSearch: { skipped: 'not in this test' },
    search: [],
    server: [],
    lighthouse: [],
    ...parts,
  };
}

const find = (results: ReturnType<typeof evaluateBudgets>, text: string) =>
  results.find((r) => r.budget.includes(text));

describe('evaluateBudgets', () => {
  it("holds PostgreSQL's ingest to SQLite's in the same run: batches of 50 at least as fast, single statements at least 80%", () => {
    const server = (postgresBatch: number, postgresSingle: number) => [
      { storage: 'sqlite', ingestBatch50StatementsPerSecond: 5000, ingestSingleStatementsPerSecond: 600 },
      {
        storage: 'postgres',
        ingestBatch50StatementsPerSecond: postgresBatch,
        ingestSingleStatementsPerSecond: postgresSingle,
      },
    ];

    expect(find(evaluateBudgets(report({ server: server(5200, 500) })), 'ingest on PostgreSQL')?.ok).toBe(true);
    expect(find(evaluateBudgets(report({ server: server(4900, 600) })), 'ingest on PostgreSQL')?.ok).toBe(false);
    expect(find(evaluateBudgets(report({ server: server(6000, 470) })), 'ingest on PostgreSQL')?.actual).toBe(
      "batch 50 1.20×, single 0.78× SQLite's",
    );
  });

  it('checks the build time against the median of the pair ratios at the largest size', () => {
    const pair = (timeRatio: number) => ({
      modules: 1000,
      cohesion: { seconds: timeRatio * 40, cpuSeconds: timeRatio * 50, peakRssBytes: GiB / 2 },
      starlight: { seconds: 40, cpuSeconds: 50, peakRssBytes: GiB },
      timeRatio,
      cpuRatio: timeRatio,
      memoryRatio: 0.5,
    });

    const results = evaluateBudgets(report({ pairs: [pair(0.5), pair(0.9), pair(0.55)] }));

    const build = find(results, "Starlight's time");
    expect(build?.ok).toBe(true);
    expect(build?.actual).toContain('0.55×');
  });

  it('holds a 5,000-module build to CPU time growing no faster than the modules from 1,000, and to 2 GiB', () => {
    const cost = (cpuSeconds: number, peakGiB: number) => ({
      seconds: cpuSeconds * 2,
      cpuSeconds,
      peakRssBytes: peakGiB * GiB,
    });
    const scale = (cpu5000: number, peakGiB: number) => ({
      from: { modules: 1000, build: cost(60, 0.9) },
      to: { modules: 5000, build: cost(cpu5000, peakGiB) },
    });

    expect(find(evaluateBudgets(report({ scale: scale(290, 1.8) })), '5,000')).toMatchObject({
      ok: true,
      actual: expect.stringContaining('4.83× the CPU time of 1,000 modules for 5× the modules, peak 1.80 GiB'),
    });
    expect(find(evaluateBudgets(report({ scale: scale(366, 1.8) })), '5,000')?.ok).toBe(false);
    expect(find(evaluateBudgets(report({ scale: scale(290, 2.1) })), '5,000')?.ok).toBe(false);
    expect(find(evaluateBudgets(report({})), '5,000')).toBeUndefined();
  });

  it('misses the memory budget at 1 GiB, taking the largest build of the biggest curriculum', () => {
    const results = evaluateBudgets(report({ sites: [site(100), site(1000, { peak: 1.2 * GiB })] }));

    expect(find(results, 'Peak memory')).toMatchObject({ ok: false, actual: expect.stringContaining('1.20 GiB') });
  });

  it('checks the module-page JavaScript of every site and names what loads up front where it is missed', () => {
    const results = evaluateBudgets(report({ sites: [site(100), site(1000, { jsGzip: 40 * KB })] }));

    const js = results.filter((r) => r.budget.includes('JavaScript loaded by a module page'));
    expect(js.map((r) => r.ok)).toEqual([true, false]);
    const missed = js[1];
    expect(missed?.actual).toContain('1000 generated modules');
    expect(missed?.note).toContain('journeyActor.js');
    expect(missed?.note).toContain('/curriculum.json');
  });

  it('calls module pages flat only when their median HTML grows by at most a tenth', () => {
    const flat = evaluateBudgets(report({ sites: [site(100), site(1000, { htmlMedian: 7.5 * KB })] }));
    const growing = evaluateBudgets(report({ sites: [site(100), site(1000, { htmlMedian: 9 * KB })] }));

    expect(find(flat, 'flat')?.ok).toBe(true);
    expect(find(growing, 'flat')?.ok).toBe(false);
  });

  it('holds a first visit, service worker install included, to 2 MB at 1,000 modules with no module in it', () => {
    const visit = (modules: number, bytes: number, moduleFiles = 0) => ({
      modules,
      label: `${modules} generated modules`,
      visit: { bytes, files: 40, moduleFiles, largest: [{ path: '/curriculum.json', bytes: 1000 }] },
    });
    const lean = evaluateBudgets(report({ firstVisit: [visit(100, 600 * KB), visit(1000, 780 * KB)] }));
    const precachingAll = evaluateBudgets(
      report({ firstVisit: [visit(100, 1500 * KB, 200), visit(1000, 9000 * KB, 2000)] }),
    );
    const precachingSmallModules = evaluateBudgets(
      report({ firstVisit: [visit(100, 500 * KB, 200), visit(1000, 1900 * KB, 2000)] }),
    );

    expect(find(lean, 'first visit')).toMatchObject({ ok: true, actual: expect.stringContaining('780.0 KB') });
    expect(find(lean, 'first visit')?.actual).toContain('1.30×');
    expect(find(precachingAll, 'first visit')).toMatchObject({
      ok: false,
      note: expect.stringContaining('/curriculum.json'),
    });
    expect(find(precachingSmallModules, 'first visit')).toMatchObject({
      ok: false,
      actual: expect.stringContaining('2200 module files'),
    });
  });

  it('judges Lighthouse performance on every run, the lowest of them, and reports all runs', () => {
    const page = (name: string, performanceRuns: number[]) => ({
      page: name,
      performance: [...performanceRuns].sort((a, b) => a - b)[1]!,
      performanceRuns,
      accessibility: 100,
      bestPractices: 100,
      metrics: { fcp: 900, lcp: 1000, tbt: 40, cls: 0 },
      failed: [],
      busiestScripts: [],
      runs: performanceRuns.map((performance) => ({
        performance,
        lcp: 1000,
        tbt: 40,
        busiestScripts: [],
        lcpElement: '',
      })),
    });
    const results = evaluateBudgets(
      report({ lighthouse: [page('journey', [99, 91, 98]), page('assessment', [98, 100, 99])] }),
    );

    expect(find(results, 'on journey')).toMatchObject({ ok: false, actual: expect.stringContaining('99, 91, 98') });
    expect(find(results, 'on journey')?.actual).toMatch(/^91 /);
    expect(find(results, 'on assessment')).toMatchObject({ ok: true, actual: expect.stringContaining('98, 100, 99') });
  });

  it('fails the Lighthouse budget when it could not run, saying why', () => {
    const results = evaluateBudgets(report({ lighthouse: { skipped: 'Chromium not found' } }));

    expect(find(results, 'Lighthouse')).toMatchObject({ ok: false, actual: 'not run: Chromium not found' });
  });
});
