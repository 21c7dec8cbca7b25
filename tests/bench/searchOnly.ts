import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium } from '@playwright/test';
import { writeGeneratedCurriculum } from '../helpers/writeGeneratedCurriculum';
import { buildSite } from './buildSite';
import { machineInfo } from './machineInfo';
import { measureFirstSearch } from './measureFirstSearch';
import { BENCH_QUERIES, runSearchBench } from './searchBench';
import { serveStatic } from './serveStatic';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * `npm run bench -- --search [--modules=1000,5000]`: only the search part of the benchmark. Builds
 * the default curriculum and generated ones of each size with Cohesion, then measures, in the same
 * Chromium, Cohesion's first search against Pagefind indexing the same module pages (bytes, time,
 * median query after the first), and the first search through Cohesion's header combobox on a
 * module page. Writes bench-results/search-latest.json.
 */
export async function searchOnly(argv: string[]): Promise<void> {
  const sizes = (argv.find((a) => a.startsWith('--modules='))?.slice('--modules='.length) ?? '1000')
    .split(',')
    .map(Number);
  const started = performance.now();
  const log = (line: string) =>
    console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const machine = machineInfo();
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  log(
    `search bench at ${commit}: ${machine.cpus} CPUs, load ${machine.loadAtStart.toFixed(2)}, sizes ${sizes.join(', ')}`,
  );
  const work = mkdtempSync(join(tmpdir(), 'cohesion-search-bench-'));
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser: Browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const sites = [{ label: 'default curriculum', dir: join(work, 'cohesion-0'), modules: 0 }];
    const c0 = await buildSite(undefined, sites[0]!.dir);
    log(`build: default curriculum ${c0.seconds.toFixed(1)} s`);
    for (const n of sizes) {
      const content = join(work, `content-${n}`);
      writeGeneratedCurriculum(content, { modules: n });
      const dir = join(work, `cohesion-${n}`);
      const c = await buildSite(content, dir);
      log(`build: ${n} modules ${c.seconds.toFixed(1)} s, ${(c.peakRssBytes / 2 ** 30).toFixed(2)} GiB`);
      sites.push({ label: `generated, ${n.toLocaleString('en')} modules`, dir, modules: n });
    }
    const results = [];
    for (const site of sites) {
      const engines = await runSearchBench(browser, site, 20);
      log(
        `  ${site.label}: first search Cohesion ${kb(engines.cohesion.firstSearchBytes)} vs Pagefind ${kb(engines.pagefind.firstSearchBytes)}; ` +
          `first search ${engines.cohesion.firstSearch.toFixed(0)} vs ${engines.pagefind.firstSearch.toFixed(0)} ms; ` +
          `median query after the first ${engines.cohesion.query.toFixed(2)} vs ${engines.pagefind.query.toFixed(2)} ms; ` +
          `manifest ${kb(engines.cohesion.gzip)} gzip`,
      );
      const { url, server } = await serveStatic(site.dir);
      let ui: Awaited<ReturnType<typeof measureFirstSearch>> | { skipped: string };
      try {
        const module = readdirSync(join(site.dir, 'modules'), { withFileTypes: true }).find((e) => e.isDirectory())!;
        ui = await measureFirstSearch(browser, `${url}/modules/${module.name}/`, 'cohesion', BENCH_QUERIES[0]!);
        log(
          `  ${site.label}: through the header combobox ${kb(ui.bytes)} in ${ui.files} files (largest: ${ui.fetched
            .slice(0, 5)
            .map((f) => `${f.path} ${kb(f.bytes)}`)
            .join(', ')})`,
        );
      } catch (error) {
        ui = { skipped: (error as Error).message.split('\n')[0]! };
        log(`  ${site.label}: header combobox not measured: ${ui.skipped}`);
      } finally {
        server.close();
      }
      results.push({ ...engines, ui });
    }
    const out = join(import.meta.dirname, '..', '..', 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'search-latest.json'),
      JSON.stringify(
        { startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(), commit, machine, results },
        null,
        2,
      ),
    );
    log('wrote bench-results/search-latest.json');
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}
