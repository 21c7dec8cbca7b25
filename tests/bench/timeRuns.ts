import { performance } from 'node:perf_hooks';

/** Median and 95th percentile of a list of timings, in the list's unit. */
export function summarise(times: number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
  };
}

/** Times `fn` `runs` times after three warm-up calls (for the JIT) and summarises the milliseconds. */
export function timeRuns(fn: () => unknown, runs: number): { median: number; p95: number } {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}
