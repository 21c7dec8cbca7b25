import { describe, expect, it } from 'vitest';
import { seededOrder } from './seededOrder';

describe('seededOrder', () => {
  it('is a permutation of the option indexes', () => {
    expect([...seededOrder(5, 'learner-1/mod/check')].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives one learner the same order for a check every time', () => {
    expect(seededOrder(6, 'learner-1/mod/check')).toEqual(seededOrder(6, 'learner-1/mod/check'));
  });

  it('gives different learners, and different checks, different orders', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededOrder(6, `learner-${i}/mod/check`).join()));
    expect(orders.size).toBeGreaterThan(10);
    expect(seededOrder(6, 'learner-1/mod/a')).not.toEqual(seededOrder(6, 'learner-1/mod/b'));
  });

  it('never shows more than one option in the authored order', () => {
    for (let i = 0; i < 500; i++) {
      const order = seededOrder(3, `learner-${i}/mod/check`);
      expect(order, `learner-${i}`).not.toEqual([0, 1, 2]);
    }
    expect(seededOrder(1, 'learner-1/mod/check')).toEqual([0]);
  });

  it('puts each option first about equally often over many learners', () => {
    const firsts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) firsts[seededOrder(4, `l${i}/m/c`)[0]!]! += 1;
    for (const n of firsts) expect(n).toBeGreaterThan(850);
  });
});
