import { describe, expect, it } from 'vitest';
import { findPrerequisiteCycles } from './findPrerequisiteCycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findPrerequisiteCycles', () => {
  it('finds nothing in an acyclic graph', () => {
    expect(findPrerequisiteCycles(graph({ a: [], b: ['a'], c: ['a', 'b'] }))).toEqual([]);
  });

  it('returns each cycle once, closed on its first id', () => {
    expect(findPrerequisiteCycles(graph({ a: ['c'], b: ['a'], c: ['b'] }))).toEqual([['a', 'c', 'b', 'a']]);
  });

  it('finds a module that requires itself and ignores unknown ids', () => {
    expect(findPrerequisiteCycles(graph({ a: ['a', 'ghost'] }))).toEqual([['a', 'a']]);
  });
});
