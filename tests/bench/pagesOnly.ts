import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { storedLearning } from '../helpers/storedLearning';
import { runLighthouse } from './runLighthouse';
import { serveStatic } from './serveStatic';
import { pageTypes, weighPages } from './weighSite';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The pages Lighthouse's budget names (issue 21): home, a module, journey, assessment and coverage. */
const LIGHTHOUSE_PAGES = ['home', 'module', 'journey', 'assessment', 'coverage'];

/**
 * Makes Lighthouse's Chromium (listening on `port`) a returning learner's: opens `moduleUrl` and acts on it (a click), which
 * records the module as experienced in the learner's database, and waits until the write has committed.
 */
async function actAsReturningLearner(port: number, moduleUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(moduleUrl);
    await page.getByRole('heading', { level: 1 }).click();
    // Until the click's learning event has committed (the page leaves no write unsettled).
    await expect
      .poll(
        async () => {
          const { events, unsettled } = await page.evaluate(storedLearning);
          return events > 0 && unsettled === 0;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.close();
  } finally {
    await browser.close();
  }
}

/**
 * `npm run bench -- --pages --dir=<built site> [--runs=3] [--port=4371] [--returning]`: the page part of the benchmark alone, on a
 * site already built: the JavaScript each page type fetches before interaction (as the full run weighs
 * it) and Lighthouse mobile on home, a module, journey, assessment and coverage, `runs` times each,
 * every run's performance score printed with its LCP, TBT and busiest scripts, and ✓ when every run reaches 98.
 * `--returning`: Lighthouse's browser is first a returning learner's (see actAsReturningLearner), not a new visitor's.
 */
export async function pagesOnly(argv: string[]): Promise<void> {
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dir = resolve(option('dir') ?? 'dist');
  const runs = Number(option('runs') ?? 3);
  const port = Number(option('port') ?? 4371);
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: build one first (npm run build) or pass --dir=…`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  console.log(`pages of ${dir} at ${commit}, load ${loadavg()[0]!.toFixed(2)}, ${new Date().toISOString()}`);
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    for (const page of await weighPages(browser, dir, 'cohesion'))
      console.log(
        `  ${page.type.padEnd(10)} JS before interaction ${kb(page.measured.js.gzip)} gzip (${page.measured.scripts.length} files)`,
      );
  } finally {
    await browser.close();
  }
  const { url, server } = await serveStatic(dir);
  try {
    const pages = pageTypes(dir, 'cohesion').filter((p) => LIGHTHOUSE_PAGES.includes(p.type));
    const moduleUrl = `${url}${pages.find((p) => p.type === 'module')?.path ?? '/'}`;
    const returning = argv.includes('--returning');
    if (returning) console.log(`  as a returning learner: ${moduleUrl} opened and clicked first`);
    const scores = await runLighthouse(
      pages.map((p) => ({ page: p.type, url: `${url}${p.path}` })),
      port,
      runs,
      returning ? (port) => actAsReturningLearner(port, moduleUrl) : undefined,
    );
    for (const s of scores) {
      const ok = Math.min(...s.performanceRuns) >= 98 && s.accessibility === 100 && s.bestPractices === 100;
      console.log(
        `${ok ? '✓' : '✗'} ${s.page.padEnd(10)} performance ${s.performanceRuns.join(', ')} · accessibility ${s.accessibility} · best practices ${s.bestPractices} · CLS ${s.metrics.cls.toFixed(3)}${s.failed.length ? `\n    ${s.failed.join('\n    ')}` : ''}`,
      );
      for (const run of s.runs)
        console.log(
          `    run ${run.performance}: LCP ${Math.round(run.lcp)} ms (${run.lcpElement}), TBT ${Math.round(run.tbt)} ms; busiest: ${run.busiestScripts.map((b) => `${b.url} ${b.ms} ms`).join(', ') || 'none'}`,
        );
    }
  } finally {
    server.close();
  }
  console.log(`load at the end ${loadavg()[0]!.toFixed(2)}`);
}
