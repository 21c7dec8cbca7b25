import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedCurriculum } from '../helpers/writeGeneratedCurriculum';
import type { ScaleFigures } from './benchReport';
import { buildSite } from './buildSite';
import type { RunCost } from './runMeasured';
import { scaleBudget } from './scaleBudget';

/** The sizes the scale budget compares. */
export const SCALE_SIZES = { from: 1000, to: 5000 } as const;

/** A cold Cohesion build of `modules` generated modules in `work`; the built site is removed (nothing weighs it). */
export async function buildGenerated(work: string, modules: number): Promise<RunCost> {
  const content = join(work, `content-${modules}`);
  writeGeneratedCurriculum(content, { modules });
  const out = join(work, `cohesion-scale-${modules}`);
  try {
    return await buildSite(content, out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- --scale`: only the scale budget. Cold Cohesion builds of 1,000 and 5,000 generated
 * modules, one after the other; prints the budget and writes bench-results/scale-latest.json.
 */
export async function scaleOnly(project: string): Promise<void> {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const work = mkdtempSync(join(tmpdir(), 'cohesion-scale-bench-'));
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0]!;
  try {
    const figures: ScaleFigures = {
      from: { modules: SCALE_SIZES.from, build: await buildGenerated(work, SCALE_SIZES.from) },
      to: { modules: SCALE_SIZES.to, build: await buildGenerated(work, SCALE_SIZES.to) },
    };
    for (const { modules, build } of [figures.from, figures.to])
      console.log(
        `build: Cohesion, ${modules} modules: ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU, ${(build.peakRssBytes / 2 ** 30).toFixed(2)} GiB`,
      );
    const budget = scaleBudget(figures);
    console.log(
      `${budget.ok ? '✓' : '✗'} ${budget.budget}: ${budget.actual}${budget.note ? `\n    missed: ${budget.note}` : ''}`,
    );
    const results = join(project, 'bench-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, 'scale-latest.json'),
      `${JSON.stringify({ startedAt, commit, loadAtStart, loadAtEnd: loadavg()[0], ...figures, budget }, null, 2)}\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
