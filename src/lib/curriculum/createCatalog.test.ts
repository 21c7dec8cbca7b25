import { describe, expect, it } from 'vitest';
import { createCatalog } from './createCatalog';
import { testCurriculum } from './testCurriculum';

describe('createCatalog', () => {
  const catalog = createCatalog(testCurriculum());

  it('lists the modules developing a competency, lowest level first', () => {
    expect(catalog.modulesFor('mapping').map((m) => [m.module.id, m.level])).toEqual([
      ['intro', 1],
      ['deeper', 2],
    ]);
  });

  it('finds the next module in a path, and none after the last', () => {
    expect(catalog.nextInPath('intro')?.module.id).toBe('deeper');
    expect(catalog.nextInPath('deeper')).toBeUndefined();
  });

  it('finds the modules that build on a module', () => {
    expect(catalog.dependentsOf('intro').map((m) => m.id)).toEqual(['deeper', 'value-basics']);
  });

  it('names levels from the scale, and 0 as "Not yet"', () => {
    expect([0, 2].map(catalog.levelName)).toEqual(['Not yet', 'Practising']);
  });

  it('answers every module page’s lookups in time linear in the curriculum (computed once, not per page)', () => {
    const base = testCurriculum();
    const template = base.modules[0]!;
    /** Builds an n-module curriculum's catalog and asks every page's lookups; returns it and this thread's CPU ms. */
    const lookUpEveryPage = (n: number) => {
      const ids = Array.from({ length: n }, (_, i) => `m${i}`);
      const modules = ids.map((id, i) => ({ ...template, id, title: id, prerequisites: i > 0 ? [ids[i - 1]!] : [] }));
      const stages = [{ title: 'All', modules: ids }];
      const paths = [
        { ...base.paths[0]!, id: 'all', stages },
        { ...base.paths[0]!, id: 'half', stages: [{ title: 'Half', modules: ids.filter((_, i) => i % 2 === 0) }] },
      ];
      // This thread's CPU time: test files running beside it in other threads do not count.
      const started = process.threadCpuUsage();
      const catalog = createCatalog({ ...base, modules, paths });
      for (const id of ids) {
        catalog.pathsWith(id);
        catalog.dependentsOf(id);
        catalog.nextInPath(id);
      }
      const { user, system } = process.threadCpuUsage(started);
      return { catalog, cpuMs: (user + system) / 1000 };
    };
    lookUpEveryPage(2_000); // warm-up: compile before measuring
    /** The run of least CPU of three: a garbage collection landing in one run does not count as the catalog's work. */
    const leastCpuRun = (n: number) => {
      let least = lookUpEveryPage(n);
      for (let run = 1; run < 3; run++) {
        const next = lookUpEveryPage(n);
        if (next.cpuMs < least.cpuMs) least = next;
      }
      return least;
    };
    const small = leastCpuRun(2_000);
    const big = leastCpuRun(50_000);
    // 25 times the modules: about 25 times the work if linear (up to four times that with sorting and the
    // collector's share of a larger heap), 625 times if computed per page.
    expect(big.cpuMs / Math.max(small.cpuMs, 1)).toBeLessThan(200);
    expect(big.catalog.dependentsOf('m41').map((m) => m.id)).toEqual(['m42']);
    expect(big.catalog.pathsWith('m42').map((p) => p.id)).toEqual(['all', 'half']);
    expect(big.catalog.pathsWith('m43').map((p) => p.id)).toEqual(['all']);
    expect(big.catalog.nextInPath('m49999')).toBeUndefined();
  });
});
