import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { prerequisiteChains } from './prerequisiteChains';

describe('prerequisiteChains', () => {
  it('gives each module the longest run of prerequisites before it, ending with itself', () => {
    const chains = prerequisiteChains(testCurriculum());
    expect(Object.fromEntries(chains)).toEqual({
      intro: ['intro'],
      deeper: ['intro', 'deeper'],
      'value-basics': ['intro', 'value-basics'],
      planning: ['intro', 'deeper', 'planning'],
    });
  });

  it('follows the longer branch when prerequisites differ in depth', () => {
    const curriculum = testCurriculum();
    curriculum.modules.find((m) => m.id === 'value-basics')!.prerequisites = ['deeper'];
    curriculum.modules.find((m) => m.id === 'planning')!.prerequisites = ['intro', 'value-basics'];
    expect(prerequisiteChains(curriculum).get('planning')).toEqual(['intro', 'deeper', 'value-basics', 'planning']);
  });

  it('ignores unknown prerequisites and stops at a cycle instead of looping', () => {
    const curriculum = testCurriculum();
    curriculum.modules.find((m) => m.id === 'intro')!.prerequisites = ['planning', 'no-such-module'];
    const chains = prerequisiteChains(curriculum);
    expect(chains.get('planning')!.at(-1)).toBe('planning');
    expect(chains.size).toBe(4);
  });
});
