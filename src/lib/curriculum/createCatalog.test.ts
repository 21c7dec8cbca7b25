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

  it('answers every module page’s lookups of a 20,000-module curriculum in well under a second (computed once, not per page)', () => {
    const base = testCurriculum();
    const template = base.modules[0]!;
    const ids = Array.from({ length: 20_000 }, (_, i) => `m${i}`);
    const modules = ids.map((id, i) => ({ ...template, id, title: id, prerequisites: i > 0 ? [ids[i - 1]!] : [] }));
    const stages = [{ title: 'All', modules: ids }];
    const paths = [
      { ...base.paths[0]!, id: 'all', stages },
      { ...base.paths[0]!, id: 'half', stages: [{ title: 'Half', modules: ids.filter((_, i) => i % 2 === 0) }] },
    ];
    // This thread's CPU time: test files running beside it in other threads do not count.
    const started = process.threadCpuUsage();

    const big = createCatalog({ ...base, modules, paths });
    for (const id of ids) {
      big.pathsWith(id);
      big.dependentsOf(id);
      big.nextInPath(id);
    }

    const { user, system } = process.threadCpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(1000);
    expect(big.dependentsOf('m41').map((m) => m.id)).toEqual(['m42']);
    expect(big.pathsWith('m42').map((p) => p.id)).toEqual(['all', 'half']);
    expect(big.pathsWith('m43').map((p) => p.id)).toEqual(['all']);
    expect(big.nextInPath('m19999')).toBeUndefined();
  });
});
