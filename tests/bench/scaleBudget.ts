import type { BudgetResult, ScaleFigures } from './benchReport';

/** The largest peak memory a 5,000-module build may reach. */
const SCALE_PEAK_BYTES = 2 * 2 ** 30;

/**
 * The scale budget: a larger curriculum (5,000 modules) builds with CPU time growing no faster than
 * its modules from the smaller one (1,000) and a peak under 2 GiB. CPU time, because contention on a
 * shared machine moves wall time far more.
 */
export function scaleBudget({ from, to }: ScaleFigures): BudgetResult {
  const growth = to.build.cpuSeconds / from.build.cpuSeconds;
  const modules = to.modules / from.modules;
  const peak = to.build.peakRssBytes;
  const linear = growth <= modules;
  const ok = linear && peak <= SCALE_PEAK_BYTES;
  return {
    budget: `Build of ${to.modules.toLocaleString('en')} modules: CPU time growing no faster than linearly from ${from.modules.toLocaleString('en')}, peak memory ≤ 2 GiB`,
    actual: `${growth.toFixed(2)}× the CPU time of ${from.modules.toLocaleString('en')} modules for ${modules}× the modules, peak ${(peak / 2 ** 30).toFixed(2)} GiB (${to.build.cpuSeconds.toFixed(1)} s CPU, ${to.build.seconds.toFixed(1)} s wall)`,
    ok,
    ...(ok
      ? {}
      : {
          note: [
            !linear && `CPU time grows ${(growth / modules).toFixed(2)}× faster than the modules`,
            peak > SCALE_PEAK_BYTES && `peak ${(peak / 2 ** 30).toFixed(2)} GiB over 2 GiB`,
          ]
            .filter(Boolean)
            .join('; '),
        }),
  };
}
