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
});
