import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport, SiteFigures } from './benchReport';
import { compareRuns } from './compareRuns';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** One site's pages: what Chromium fetched before interaction, and what the HTML declares for now and for later. */
function pagesTable(site: SiteFigures): string {
  return table(
    [
      'page',
      'HTML raw / gzip KB',
      'CSS gzip KB',
      'JS before interaction gzip KB (Chromium)',
      'JS declared up front gzip KB (HTML)',
      'JS later gzip KB (HTML)',
      'other gzip KB',
    ],
    site.pages.map((p) => [
      `${p.type} \`${p.path}\``,
      `${kb(p.measured.html.raw)} / ${kb(p.measured.html.gzip)}`,
      kb(p.measured.css.gzip),
      `${kb(p.measured.js.gzip)} (${p.measured.js.files} files)`,
      kb(p.declared.upFront.gzip),
      kb(p.declared.later.gzip),
      kb(p.measured.other.gzip),
    ]),
  );
}

/** The report as Markdown: budgets first, then every figure behind them, then the change since `previous`. */
export function reportMarkdown(r: BenchReport, previous?: BenchReport): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`# Cohesion benchmark ${r.quick ? '(quick)' : '(full)'}: ${r.startedAt}`, '');
  out.push(
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}; load average ${m.loadAtStart.toFixed(2)} at start, ${m.loadAtEnd.toFixed(2)} at end. Run took ${(r.seconds / 60).toFixed(1)} min.`,
    '',
  );
  out.push(
    '## Budgets',
    '',
    table(
      ['', 'budget', 'measured', 'where it is missed'],
      r.budgets.map((b) => [b.ok ? '✓' : '✗', b.budget, b.actual, b.note ?? '']),
    ),
    '',
  );

  out.push(
    '## Builds',
    '',
    "Cold builds (fresh project copy, empty caches), `astro build` run by the benchmark's Node; peak memory is the largest sum of resident memory over the build's process tree, sampled every 100 ms; CPU seconds are user + system time of the build and its children, which other work on a shared machine hardly changes, so the CPU time ratio is the steadier comparison.",
    '',
  );
  out.push(
    table(
      ['site', 'modules', 'build s', 'modules/s', 'CPU s', 'peak memory GiB'],
      r.sites.map((s) => [
        `${s.product}: ${s.label}`,
        s.modules || 'default',
        s.build.seconds.toFixed(1),
        s.modules ? (s.modules / s.build.seconds).toFixed(1) : '',
        s.build.cpuSeconds.toFixed(1),
        gib(s.build.peakRssBytes),
      ]),
    ),
    '',
  );
  if (r.scale)
    out.push(
      `Cohesion alone, ${r.scale.to.modules.toLocaleString('en')} generated modules: ${r.scale.to.build.seconds.toFixed(1)} s wall, ${r.scale.to.build.cpuSeconds.toFixed(1)} s CPU, ${gib(r.scale.to.build.peakRssBytes)} GiB peak; ${(r.scale.to.build.cpuSeconds / r.scale.from.build.cpuSeconds).toFixed(2)}× the CPU time of the median ${r.scale.from.modules.toLocaleString('en')}-module build.`,
      '',
    );
  if (r.pairs.length > 0) {
    out.push('### Cohesion / Starlight, pair by pair (alternating builds, same generated modules)', '');
    out.push(
      table(
        [
          '#',
          'modules',
          'Cohesion s',
          'Starlight s',
          'time ratio',
          'Cohesion CPU s',
          'Starlight CPU s',
          'CPU time ratio',
          'Cohesion GiB',
          'Starlight GiB',
          'memory ratio',
        ],
        r.pairs.map((p, i) => [
          i + 1,
          p.modules,
          p.cohesion.seconds.toFixed(1),
          p.starlight.seconds.toFixed(1),
          p.timeRatio.toFixed(2),
          p.cohesion.cpuSeconds.toFixed(1),
          p.starlight.cpuSeconds.toFixed(1),
          p.cpuRatio.toFixed(2),
          gib(p.cohesion.peakRssBytes),
          gib(p.starlight.peakRssBytes),
          p.memoryRatio.toFixed(2),
        ]),
      ),
      '',
    );
    const sizes = [...new Set(r.pairs.map((p) => p.modules))];
    const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    out.push(
      sizes
        .map(
          (n) =>
            `Median at ${n} modules: time ratio ${mid(r.pairs.filter((p) => p.modules === n).map((p) => p.timeRatio)).toFixed(2)}, CPU time ratio ${mid(r.pairs.filter((p) => p.modules === n).map((p) => p.cpuRatio)).toFixed(2)}.`,
        )
        .join(' '),
      '',
    );
  }

  out.push(
    '## Bytes per page type',
    '',
    'Measured in Chromium (412×823 viewport, fresh context, service worker blocked) from a gzip static server: the page loaded and left idle, no interaction; Resource Timing `encodedBodySize` (gzip) and `decodedBodySize` (raw). "Declared" columns read the HTML and the built files: module scripts, modulepreloads and `client:load`/`idle`/`only` islands with their static imports are up front; dynamic imports and `client:visible` islands later.',
    '',
  );
  for (const s of r.sites)
    out.push(
      `### ${s.product}: ${s.label}`,
      '',
      pagesTable(s),
      '',
      `Module pages' HTML on disk: median ${kb(s.moduleHtml.median)} KB gzip, largest ${kb(s.moduleHtml.max)} KB, over ${s.moduleHtml.count} pages.`,
      '',
    );
  const islands = new Map<string, string[]>();
  for (const s of r.sites.filter((x) => x.product === 'cohesion' && x.modules === 0))
    for (const p of s.pages)
      for (const i of p.declared.islands)
        islands.set(`${i.component}|${i.client}`, [
          i.component,
          `client:${i.client}`,
          p.type,
          String(i.files),
          kb(i.gzip),
        ]);
  if (islands.size > 0)
    out.push(
      '### JavaScript per island (default curriculum)',
      '',
      "Each island's component and renderer with their static imports (shared chunks counted in each).",
      '',
      table(['island', 'hydrates', 'page', 'files', 'gzip KB'], [...islands.values()]),
      '',
    );

  const ratios = r.sites
    .filter((s) => s.product === 'starlight')
    .flatMap((sl) => {
      const co = r.sites.find((s) => s.product === 'cohesion' && s.modules === sl.modules);
      if (!co) return [];
      return sl.pages.flatMap((sp) => {
        const cp = co.pages.find((p) => p.type === sp.type);
        if (!cp) return [];
        const total = (p: typeof cp) =>
          p.measured.html.gzip + p.measured.css.gzip + p.measured.js.gzip + p.measured.other.gzip;
        return [
          [
            sl.modules,
            sp.type,
            (cp.measured.html.gzip / sp.measured.html.gzip).toFixed(2),
            (cp.measured.css.gzip / sp.measured.css.gzip).toFixed(2),
            (cp.measured.js.gzip / sp.measured.js.gzip).toFixed(2),
            `${(total(cp) / total(sp)).toFixed(2)} (${kb(total(cp))} / ${kb(total(sp))} KB)`,
          ],
        ];
      });
    });
  if (ratios.length > 0)
    out.push(
      '### Cohesion / Starlight per page (gzip bytes fetched before interaction)',
      '',
      table(['modules', 'page', 'HTML', 'CSS', 'JS', 'everything'], ratios),
      '',
    );

  if (r.firstVisit?.length) {
    out.push(
      '## First visit',
      '',
      'The home page opened in a fresh Chromium context with the service worker allowed, until the worker controls the page and nothing has been requested for a second: every byte the server sent (gzip), the worker script and its precache of the shell included.',
      '',
      table(
        ['site', 'KB sent (gzip)', 'files', 'largest'],
        r.firstVisit.map((v) => [
          v.label,
          kb(v.visit.bytes),
          v.visit.files,
          v.visit.largest.map((l) => `${l.path} ${kb(l.bytes)}`).join(', '),
        ]),
      ),
      '',
    );
  }

  out.push('## Search', '');
  if ('cohesion' in r.firstSearch) {
    const f = r.firstSearch;
    out.push(
      `First search through each site's own UI on a module page of ${f.modules} generated modules, typing "${f.query}": everything fetched (by the page or its workers) from the first focus until results and excerpts are shown.`,
      '',
    );
    out.push(
      table(
        ['site', 'KB fetched (gzip)', 'files', 'results shown'],
        [
          ['Cohesion (header combobox, lunr)', kb(f.cohesion.bytes), f.cohesion.files, f.cohesion.results],
          ['Starlight (search dialog, Pagefind UI)', kb(f.starlight.bytes), f.starlight.files, f.starlight.results],
        ],
      ),
      '',
    );
  } else out.push(`First search through each site's UI: skipped (${r.firstSearch.skipped}).`, '');
  if (r.search.length > 0) {
    out.push(
      'Engines only, on the same Cohesion module pages (Pagefind indexing them into the Cohesion site), in the same Chromium:',
      '',
    );
    out.push(
      table(
        ['site', 'index', 'first search KB', 'first search ms', 'load ms', 'median query ms'],
        r.search.flatMap((s) => [
          [
            `${s.site}: Cohesion`,
            `${kb(s.cohesion.raw)} KB raw, ${kb(s.cohesion.gzip)} KB gzip`,
            kb(s.cohesion.firstSearchBytes),
            s.cohesion.firstSearch.toFixed(1),
            s.cohesion.load.toFixed(1),
            s.cohesion.query.toFixed(2),
          ],
          [
            `${s.site}: Pagefind`,
            `${s.pagefind.files} files, ${kb(s.pagefind.bytes)} KB (indexed in ${s.pagefind.indexSeconds.toFixed(1)} s)`,
            kb(s.pagefind.firstSearchBytes),
            s.pagefind.firstSearch.toFixed(1),
            s.pagefind.load.toFixed(1),
            s.pagefind.query.toFixed(2),
          ],
        ]),
      ),
      '',
    );
  }

  out.push(
    '## Domain and learner-side timings',
    '',
    table(
      ['operation', 'median ms', 'p95 ms', 'budget'],
      r.timings.map((t) => [
        t.name,
        t.median.toFixed(2),
        t.p95?.toFixed(2) ?? '',
        t.budget ? `${t.budget.on} < ${t.budget.ms} ms` : '',
      ]),
    ),
    '',
  );
  out.push('## Sync server', '');
  if (Array.isArray(r.server) && r.server.length > 0) {
    const rows = r.server as Record<string, unknown>[];
    const keys = Object.keys(rows[0]!);
    out.push(
      'From `tests/bench/serverBench.ts` (a real server process, 50 concurrent clients on loopback).',
      '',
      table(
        keys,
        rows.map((x) => keys.map((k) => (typeof x[k] === 'number' ? (x[k] as number).toFixed(1) : String(x[k])))),
      ),
      '',
    );
  } else if (Array.isArray(r.server)) out.push('No figures.', '');
  else out.push(`Skipped: ${r.server.skipped}`, '');
  out.push(
    '## Lighthouse (default curriculum, mobile preset)',
    '',
    "Lighthouse's Node API driving Debian Chromium (`--headless=new`), default mobile preset with simulated throttling; the budget is judged on each page's lowest performance score (every run must reach it), shown with every run's score; the other figures are of the median run.",
    '',
  );
  if (Array.isArray(r.lighthouse))
    out.push(
      table(
        [
          'page',
          'performance: lowest (runs)',
          'accessibility',
          'best practices',
          'FCP s',
          'LCP s',
          'TBT ms',
          'CLS',
          'busiest scripts',
        ],
        r.lighthouse.map((l) => [
          l.page,
          `${Math.min(...l.performanceRuns)} (${l.performanceRuns.join(', ')})`,
          l.accessibility,
          l.bestPractices,
          (l.metrics.fcp / 1000).toFixed(2),
          (l.metrics.lcp / 1000).toFixed(2),
          l.metrics.tbt.toFixed(0),
          l.metrics.cls.toFixed(3),
          l.busiestScripts.map((b) => `${b.url} ${b.ms} ms`).join(', '),
        ]),
      ),
      '',
    );
  else out.push(`Not run: ${r.lighthouse.skipped}`, '');
  if (previous) {
    let comparison: string;
    try {
      comparison = compareRuns(previous, r);
    } catch {
      comparison = 'The previous report has another shape (an older benchmark): not compared.';
    }
    out.push('## Compared with the previous run', '', comparison, '');
  }
  return out.join('\n');
}

/**
 * Writes bench-results/latest.json and latest.md under the project (the run before becomes
 * previous.json, and latest.md compares with it) and returns the Markdown.
 */
export function writeReport(project: string, report: BenchReport): string {
  const dir = join(project, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const latest = join(dir, 'latest.json');
  let previous: BenchReport | undefined;
  if (existsSync(latest)) {
    try {
      previous = JSON.parse(readFileSync(latest, 'utf8')) as BenchReport;
      writeFileSync(join(dir, 'previous.json'), readFileSync(latest));
    } catch {
      previous = undefined; // an unreadable earlier report is simply not compared
    }
  }
  const markdown = reportMarkdown(report, previous);
  writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
  return markdown;
}
