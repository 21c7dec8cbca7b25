import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/** Lighthouse's scores (0–100) for one page, and the metrics behind performance. */
export interface LighthouseScores {
  page: string;
  /** Of the median run (Lighthouse's own choice, by FCP and TTI); every run's score is in `performanceRuns`. */
  performance: number;
  performanceRuns: number[];
  accessibility: number;
  bestPractices: number;
  /** Largest Contentful Paint, Total Blocking Time and First Contentful Paint in ms; Cumulative Layout Shift unitless. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** Audits that lost points, for finding what to fix. */
  failed: string[];
  /** The scripts that kept the main thread busiest (Lighthouse's "bootup-time"), in ms of scripting. */
  busiestScripts: { url: string; ms: number }[];
  /** Each run's score, LCP and TBT (ms) and busiest scripts, to see what a low run did differently. */
  runs: {
    performance: number;
    lcp: number;
    tbt: number;
    busiestScripts: { url: string; ms: number }[];
    /** The element Lighthouse took for the largest paint (its HTML, shortened), to see what LCP waited on. */
    lcpElement: string;
  }[];
}

/** One Lighthouse report (its "LHR"). */
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The three scripts that kept the main thread busiest in one run (its "bootup-time" audit), in ms of scripting. */
const busiestScripts = (audits: Lhr['audits']) =>
  ((audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [])
    .filter((i) => /^https?:/.test(i.url))
    .slice(0, 3)
    .map((i) => ({ url: new URL(i.url).pathname, ms: Math.round(i.scripting) }));

/** The HTML of the element of a run's largest paint (the node of its "lcp-breakdown-insight"), shortened; '' when not found. */
function lcpElement(audits: Lhr['audits']): string {
  const details = audits['lcp-breakdown-insight']?.details as
    | { items?: Array<{ type?: string; snippet?: string }> }
    | undefined;
  const snippet = details?.items?.find((i) => i.type === 'node')?.snippet ?? '';
  return snippet.length > 80 ? `${snippet.slice(0, 80)}…` : snippet;
}

/** The Chromium Lighthouse drives: Debian's, or CHROMIUM_PATH. */
const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with its DevTools protocol on `port` and resolves once it listens. */
async function startChromium(port: number, profile: string) {
  const child = spawn(
    chromiumPath(),
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('DevTools listening on')) resolve();
    });
    child.on('exit', (code) =>
      reject(
        new Error(
          `Chromium (${chromiumPath()}) exited with ${code} before listening on port ${port}:\n${output.slice(-1500)}`,
        ),
      ),
    );
  });
  return child;
}

/**
 * Runs Lighthouse (its Node API, default mobile preset with simulated throttling) `runs` times on
 * each URL in one Chromium, for the performance, accessibility and best-practices categories, and
 * reports the median run as Lighthouse picks it (scores swing on a busy machine). `prime`, when given, runs first
 * against the same Chromium (its DevTools port): what it stores in the profile, every audit then sees.
 */
export async function runLighthouse(
  urls: { page: string; url: string }[],
  port: number,
  runs = 1,
  prime?: (port: number) => Promise<void>,
): Promise<LighthouseScores[]> {
  const profile = mkdtempSync(join(tmpdir(), 'cohesion-lighthouse-'));
  const chromium = await startChromium(port, profile);
  try {
    await prime?.(port);
    const scores: LighthouseScores[] = [];
    for (const { page, url } of urls) {
      const lhrs: Lhr[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
        if (result.lhr.runtimeError)
          throw new Error(
            `Lighthouse could not audit ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
          );
        lhrs.push(result.lhr);
      }
      const { categories, audits } = computeMedianRun(lhrs) as Lhr;
      const performanceOf = (l: Lhr) => Math.round((l.categories['performance']?.score ?? 0) * 100);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const failed = ['accessibility', 'best-practices', 'performance'].flatMap((c) =>
        (categories[c]?.auditRefs ?? [])
          .filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1)
          .map(
            (r) =>
              `${c}: ${audits[r.id]!.title} (${r.id}${audits[r.id]!.displayValue ? `, ${audits[r.id]!.displayValue}` : ''})`,
          ),
      );
      scores.push({
        page,
        performance: score('performance'),
        performanceRuns: lhrs.map(performanceOf),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        metrics: {
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        },
        failed,
        busiestScripts: busiestScripts(audits),
        runs: lhrs.map((l) => ({
          performance: performanceOf(l),
          lcp: l.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          tbt: l.audits['total-blocking-time']?.numericValue ?? Number.NaN,
          busiestScripts: busiestScripts(l.audits),
          lcpElement: lcpElement(l.audits),
        })),
      });
    }
    return scores;
  } finally {
    chromium.kill('SIGTERM');
    await new Promise((resolve) => chromium.once('exit', resolve));
    rmSync(profile, { recursive: true, force: true });
  }
}
