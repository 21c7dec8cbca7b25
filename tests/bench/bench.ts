/**
 * `npm run bench`: measures what learners and authors wait for. Prints medians (and p95) over
 * repeated runs in one process; compare ratios within a run, since absolute times on shared
 * machines are noisy. `-- --quick` runs fewer iterations.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { checkContent } from '../../src/authoring/checkContent';
import { scoreAssessment } from '../../src/lib/assessment/scoreAssessment';
import { planJourney } from '../../src/lib/journey/planJourney';
import { generatePlannerCurriculum } from '../helpers/generatePlannerCurriculum';

const quick = process.argv.includes('--quick');
const runs = quick ? 15 : 60;

function measure(name: string, target: number | undefined, fn: () => unknown) {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  const verdict = target === undefined ? '' : median <= target ? `✓ under ${target} ms` : `✗ over ${target} ms`;
  console.log(`${name.padEnd(58)} median ${median.toFixed(2).padStart(8)} ms   p95 ${p95.toFixed(2).padStart(8)} ms   ${verdict}`);
  return median;
}

console.log(`Cohesion benchmarks (${runs} runs each, Node ${process.version})\n`);

const big = generatePlannerCurriculum({ seed: 42, modules: 1000, competencies: 100 });
const nothingKnown = { levels: {}, target: { kind: 'model' } as const };
const planned = planJourney(big, nothingKnown);
console.log(`generated curriculum: ${big.modules.length} modules, ${big.competencies.length} competencies; journey from level 0: ${planned.stages.reduce((n, s) => n + s.steps.length, 0)} modules\n`);
const plan1000 = measure('planJourney: 1,000 modules, 100 competencies, from 0', 20, () => planJourney(big, nothingKnown));
const halfway = Object.fromEntries(big.competencies.map((c, i) => [c.id, i % 3]));
measure('planJourney: 1,000 modules, 100 competencies, mixed levels', 20, () => planJourney(big, { levels: halfway, target: { kind: 'model' } }));
const small = generatePlannerCurriculum({ seed: 42, modules: 100, competencies: 15 });
const plan100 = measure('planJourney: 100 modules, 15 competencies, from 0', undefined, () => planJourney(small, nothingKnown));
console.log(`  ratio 1,000 / 100 modules: ${(plan1000 / plan100).toFixed(1)}×`);

const answers = Object.fromEntries(big.assessment.flatMap((b) => b.items.map((item, i) => [item.id, i % item.options.length])));
measure('scoreAssessment: 100 competencies', 5, () => scoreAssessment(big.assessment, answers));
measure('check:content on the default curriculum (read + validate)', undefined, () => checkContent(process.cwd()));

// In Chromium: progress derivation from 10,000 events and recording one event in IndexedDB.
const bundle = await build({ entryPoints: [new URL('./browserBench.ts', import.meta.url).pathname], bundle: true, format: 'iife', write: false, target: 'es2022' });
const html = `<!doctype html><title>bench</title><script>${bundle.outputFiles[0]!.text}</script>`;
const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  const r = await page.evaluate((n) => (window as unknown as { benchRun: (n: number) => Promise<Record<string, number>> }).benchRun(n), runs);
  const line = (name: string, median: number, p95: number | undefined, target: string) => console.log(`${name.padEnd(58)} median ${median.toFixed(2).padStart(8)} ms   ${p95 === undefined ? ' '.repeat(16) : `p95 ${p95.toFixed(2).padStart(8)} ms`}   ${target}`);
  console.log(`\nIn Chromium ${browser.version()}:`);
  line('deriveProgress: 10,000 events', r.deriveMedian!, r.deriveP95, r.deriveMedian! < 100 ? '✓ under 100 ms' : '✗ over 100 ms');
  line('recordStatements: one event, committed to IndexedDB', r.recordMedian!, r.recordP95, r.recordP95! < 5 ? '✓ p95 under 5 ms' : '✗ p95 over 5 ms');
  line('load 10,000 events from IndexedDB and derive progress', r.loadAndDeriveMedian!, undefined, '');
} finally {
  await browser.close();
  server.close();
}

// Search: Cohesion's lunr index against Pagefind on the same built pages, default and 1,000 modules.
{
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { buildSite } = await import('./buildSite');
  const { runSearchBench } = await import('./searchBench');
  const { writeGeneratedCurriculum } = await import('../helpers/writeGeneratedCurriculum');
  const work = mkdtempSync(join(tmpdir(), 'cohesion-bench-'));
  const searchBrowser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    writeGeneratedCurriculum(join(work, 'content-1000'), { modules: 1000 });
    const sites = [
      { label: 'default curriculum', dir: join(work, 'site-default'), modules: 0, content: undefined as string | undefined },
      { label: 'generated, 1,000 modules', dir: join(work, 'site-1000'), modules: 1000, content: join(work, 'content-1000') },
    ];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log('\nSearch (Cohesion lunr vs Pagefind on the same module pages, same Chromium):');
    for (const site of sites) {
      const built = await buildSite(site.content, site.dir);
      const r = await runSearchBench(searchBrowser, site, quick ? 5 : 20);
      const c = r.cohesion;
      const p = r.pagefind;
      console.log(`  ${site.label} (site built in ${built.seconds.toFixed(1)} s; Pagefind indexed it in ${p.indexSeconds.toFixed(1)} s)`);
      console.log(`    index size            Cohesion ${kb(c.raw)} raw, ${kb(c.gzip)} gzip    Pagefind ${p.files} files, ${kb(p.bytes)} on disk`);
      console.log(`    first search fetches  Cohesion ${kb(c.firstSearchBytes)}    Pagefind ${kb(p.firstSearchBytes)}    ratio ${(c.firstSearchBytes / p.firstSearchBytes).toFixed(2)}×`);
      console.log(`    first search time     Cohesion ${ms(c.firstSearch)}    Pagefind ${ms(p.firstSearch)}`);
      console.log(`    index load            Cohesion ${ms(c.load)}    Pagefind ${ms(p.load)}`);
      console.log(`    median query          Cohesion ${ms(c.query)}    Pagefind ${ms(p.query)}    ratio ${(c.query / p.query).toFixed(2)}×`);
      if (site.modules === 0) console.log(`    budget: index under 50 KB gzip ${c.gzip < 50 * 1024 ? '✓' : '✗ missed'}`);
      else console.log(`    budgets: load under 150 ms ${c.load < 150 ? '✓' : '✗ missed'}; query under 5 ms ${c.query < 5 ? '✓' : '✗ missed'}`);
    }
  } finally {
    await searchBrowser.close();
    rmSync(work, { recursive: true, force: true });
  }
}
