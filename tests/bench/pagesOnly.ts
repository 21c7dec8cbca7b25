import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { runLighthouse } from './runLighthouse';
import { serveStatic } from './serveStatic';
import { pageTypes, weighPages } from './weighSite';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The pages Lighthouse's budget names (issue 21): home, a module, journey, assessment and coverage. */
const LIGHTHOUSE_PAGES = ['home', 'module', 'journey', 'assessment', 'coverage'];

/**
 * `npm run bench -- --pages --dir=<built site> [--runs=3] [--port=4371]`: the page part of the benchmark alone, on a
 * site already built: the JavaScript each page type fetches before interaction (as the full run weighs
 * it) and Lighthouse mobile on home, a module, journey, assessment and coverage, `runs` times each,
 * every run's performance score printed with its LCP, TBT and busiest scripts, and ✓ when every run reaches 98.
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
    const scores = await runLighthouse(
      pages.map((p) => ({ page: p.type, url: `${url}${p.path}` })),
      port,
      runs,
    );
    for (const s of scores) {
      const ok = Math.min(...s.performanceRuns) >= 98 && s.accessibility === 100 && s.bestPractices === 100;
      console.log(
        `${ok ? '✓' : '✗'} ${s.page.padEnd(10)} performance ${s.performanceRuns.join(', ')} · accessibility ${s.accessibility} · best practices ${s.bestPractices} · CLS ${s.metrics.cls.toFixed(3)}${s.failed.length ? `\n    ${s.failed.join('\n    ')}` : ''}`,
      );
      for (const run of s.runs)
        console.log(
          `    run ${run.performance}: LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms; busiest: ${run.busiestScripts.map((b) => `${b.url} ${b.ms} ms`).join(', ') || 'none'}`,
        );
    }
  } finally {
    server.close();
  }
  console.log(`load at the end ${loadavg()[0]!.toFixed(2)}`);
}
