import { describe, expect, it } from 'vitest';
import { groupByEach } from './groupByEach';

describe('grouping items under each of their keys', () => {
  it('puts an item in every group it names, once each, keeping the items’ order', () => {
    const groups = groupByEach(['a1', 'b2', 'c1'], (s) => [s[1]!, s[1]!, 'all']);
    expect([...groups]).toEqual([
      ['1', ['a1', 'c1']],
      ['all', ['a1', 'b2', 'c1']],
      ['2', ['b2']],
    ]);
  });
});
