import { describe, expect, it } from 'vitest';
import { badgeCounts, type HeldBadge } from './badgeCounts';

/** `n` learners named `prefix-i`, each holding the competency's badges from level 1 to `level`. */
const holders = (prefix: string, n: number, competency: string, level: number): HeldBadge[] =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length: level }, (_, l) => ({ learner: `${prefix}-${i}`, competency, level: l + 1 })),
  ).flat();

describe('badgeCounts', () => {
  it('counts the learners holding each level’s badge, a holder of level 2 holding level 1 too', () => {
    const held = [...holders('a', 6, 'mapping', 1), ...holders('b', 5, 'mapping', 2)];
    expect(badgeCounts(held, ['mapping'], [1, 2], 5)).toEqual([
      {
        competency: 'mapping',
        holders: [
          { level: 1, learners: 11 },
          { level: 2, learners: 5 },
        ],
      },
    ]);
  });

  it('hides every figure while fewer than the minimum hold any badge', () => {
    const [mapping] = badgeCounts(holders('a', 2, 'mapping', 2), ['mapping'], [1, 2], 5);
    expect(mapping!.holders.map((h) => h.learners)).toEqual([null, null]);
  });

  it('hides a level held by fewer than the minimum, and what would let it be worked out', () => {
    const held = [...holders('a', 8, 'mapping', 1), ...holders('b', 2, 'mapping', 2), ...holders('c', 10, 'value', 1)];
    const [mapping] = badgeCounts(held, ['mapping'], [1, 2], 5);
    expect(mapping!.holders.find((h) => h.level === 2)!.learners).toBeNull();
    // Level 1's figure (10) minus level 2's would give the 2: it is hidden too.
    expect(mapping!.holders.find((h) => h.level === 1)!.learners).toBeNull();
  });
});
