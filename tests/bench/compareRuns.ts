import type { BenchReport } from './benchReport';

/** The figures worth following from run to run, by name, each with its unit. */
export function keyFigures(r: BenchReport): Map<string, { value: number; unit: string }> {
  const figures = new Map<string, { value: number; unit: string }>();
  const put = (name: string, value: number | undefined, unit: string) => {
    if (value !== undefined && Number.isFinite(value)) figures.set(name, { value, unit });
  };
  for (const s of r.sites) {
    const name = `${s.product}, ${s.label}`;
    put(`${name}: build`, s.build.seconds, 's');
    put(`${name}: build peak memory`, s.build.peakRssBytes / 2 ** 30, 'GiB');
    const module = s.pages.find((p) => p.type === 'module');
    put(`${name}: module page HTML`, module && module.measured.html.gzip / 1024, 'KB gzip');
    put(`${name}: module page JS before interaction`, module && module.measured.js.gzip / 1024, 'KB gzip');
  }
  if ('cohesion' in r.firstSearch)
    put(`first search, ${r.firstSearch.modules} modules: Cohesion`, r.firstSearch.cohesion.bytes / 1024, 'KB gzip');
  for (const t of r.timings) put(t.name, t.median, 'ms');
  if (Array.isArray(r.lighthouse))
    for (const l of r.lighthouse) put(`Lighthouse performance: ${l.page}`, l.performance, '');
  return figures;
}

/** A Markdown table of the key figures that both runs have, with the change from the previous run. */
export function compareRuns(previous: BenchReport, current: BenchReport): string {
  const before = keyFigures(previous);
  const rows = [...keyFigures(current)].flatMap(([name, now]) => {
    const then = before.get(name);
    if (!then) return [];
    const change =
      then.value === 0
        ? ''
        : `${now.value >= then.value ? '+' : ''}${(((now.value - then.value) / then.value) * 100).toFixed(0)}%`;
    return [`| ${name} | ${then.value.toFixed(2)} | ${now.value.toFixed(2)} | ${now.unit} | ${change} |`];
  });
  return [
    `Previous run: ${previous.startedAt}${previous.quick ? ' (quick)' : ''}.`,
    '',
    '| figure | previous | this run | unit | change |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
