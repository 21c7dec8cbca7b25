import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The largest heap V8 commits in a fresh Node process that runs the integration's set-up for `command`,
 * then keeps more live data every round while making ten times as much garbage.
 */
function peakHeapAfterSetup(command: 'build' | 'dev'): number {
  const script = `
    const { buildHeapGrowth } = await import(${JSON.stringify(new URL('./buildHeapGrowth.ts', import.meta.url).href)});
    buildHeapGrowth().hooks['astro:config:setup']({ command: ${JSON.stringify(command)} });
    const live = [];
    let peak = 0;
    for (let round = 0; round < 40; round++) {
      live.push(Array.from({ length: 50_000 }, (_, i) => ({ i, s: 'kept' + i + '.' + round })));
      for (let k = 0; k < 10; k++) Array.from({ length: 50_000 }, (_, i) => ({ i, s: 'garbage' + i }));
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(peak);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
}

describe('buildHeapGrowth', () => {
  it('holds the heap of `astro build` closer to its live data than V8 alone does, and leaves `astro dev` alone', () => {
    // V8's own growth (dev) follows the speeds it measures, so one run beside a busy neighbour can come out
    // low: three runs of each, interleaved so both see the same moments, and their medians compared.
    const runs = [0, 1, 2].map(() => ({ build: peakHeapAfterSetup('build'), dev: peakHeapAfterSetup('dev') }));
    const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
    expect(median(runs.map((r) => r.build))).toBeLessThan(median(runs.map((r) => r.dev)) * 0.9);
    // Two Node processes that each allocate a few hundred megabytes: slow on a busy machine.
  }, 180_000);
});
