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

  it('answers every module page’s lookups in work linear in the curriculum (computed once, not per page)', () => {
    const base = testCurriculum();
    const template = base.modules[0]!;
    /** An array whose element reads are counted in `reads`. */
    const counted = <T>(items: T[], reads: { count: number }) =>
      new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1;
          return Reflect.get(target, key, receiver);
        },
      });
    /**
     * Builds an n-module curriculum's catalog and asks every page's lookups; returns the catalog and how
     * many times the curriculum's module and path lists were read. Counting reads, not timing: the work
     * is the same on any machine, and a lookup that scans the curriculum per page reads n² entries.
     */
    const lookUpEveryPage = (n: number) => {
      const reads = { count: 0 };
      const ids = Array.from({ length: n }, (_, i) => `m${i}`);
      const modules = ids.map((id, i) => ({ ...template, id, title: id, prerequisites: i > 0 ? [ids[i - 1]!] : [] }));
      const stages = (listed: string[], title: string) => counted([{ title, modules: counted(listed, reads) }], reads);
      const paths = [
        { ...base.paths[0]!, id: 'all', stages: stages(ids, 'All') },
        {
          ...base.paths[0]!,
          id: 'half',
          stages: stages(
            ids.filter((_, i) => i % 2 === 0),
            'Half',
          ),
        },
      ];
      const catalog = createCatalog({ ...base, modules: counted(modules, reads), paths: counted(paths, reads) });
      for (const id of ids) {
        catalog.pathsWith(id);
        catalog.dependentsOf(id);
        catalog.nextInPath(id);
      }
      return { catalog, reads: reads.count };
    };
    const small = lookUpEveryPage(1_000);
    const big = lookUpEveryPage(4_000);
    // Four times the modules: four times the reads if linear, sixteen times if each page scans the curriculum.
    expect(big.reads / small.reads).toBeLessThan(5);
    expect(big.catalog.dependentsOf('m41').map((m) => m.id)).toEqual(['m42']);
    expect(big.catalog.pathsWith('m42').map((p) => p.id)).toEqual(['all', 'half']);
    expect(big.catalog.pathsWith('m43').map((p) => p.id)).toEqual(['all']);
    expect(big.catalog.nextInPath('m3999')).toBeUndefined();
  });
});
