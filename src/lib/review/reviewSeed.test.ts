import { describe, expect, it } from 'vitest';
import { seededOrder } from '../assessment/seededOrder';
import { reviewSeed } from './reviewSeed';

const card = (reviews: number) => ({
  moduleId: 'm1',
  checkId: 'a',
  reviews: Array.from({ length: reviews }, () => ({ at: '2026-11-01T09:00:00.000Z', passed: true })),
});

describe('reviewSeed', () => {
  it('shows the options in a new order at each review, and the same order again on a reload', () => {
    const orders = [0, 1, 2, 3, 4, 5].map((n) => seededOrder(4, reviewSeed('learner', card(n))).join());
    expect(new Set(orders).size).toBeGreaterThan(3);
    expect(seededOrder(4, reviewSeed('learner', card(2)))).toEqual(seededOrder(4, reviewSeed('learner', card(2))));
  });

  it('never shows a review the order the module page showed that learner', () => {
    expect(reviewSeed('learner', card(0))).not.toBe('learner/m1/a');
  });
});
