import { describe, expect, it } from 'vitest';
import { assessmentQueue } from './assessmentQueue';
import type { ScoredBank } from './scoreAssessment';

const item = (id: string) => ({ id, options: [0, 1, 2, 3].map((level) => ({ level })) });
const banks: ScoredBank[] = [
  { competency: 'mapping', items: [item('m1'), item('m2'), item('m3')] },
  { competency: 'value', items: [item('v1'), item('v2'), item('v3')] },
];

describe('assessmentQueue', () => {
  it('asks every item while answers disagree', () => {
    const queue = assessmentQueue({ banks, answers: { m1: 1, m2: 3 }, scope: null });
    expect(queue.next(2)).toBe(2);
  });

  it('stops asking a competency once two answers agree, and moves on to the next one', () => {
    const queue = assessmentQueue({ banks, answers: { m1: 2, m2: 2 }, scope: null });
    expect(queue.next(2)).toBe(3);
    expect(queue.position(3)).toEqual({ position: 3, upTo: 5 });
  });

  it('reaches the finish screen when every competency is settled', () => {
    const queue = assessmentQueue({ banks, answers: { m1: 2, m2: 2, v1: 0, v2: 0 }, scope: null });
    expect(queue.next(5)).toBe(queue.length);
    expect(queue.position(queue.length)).toEqual({ position: 5, upTo: 4 });
  });

  it('goes back through the items shown, skipping the ones never asked', () => {
    const queue = assessmentQueue({ banks, answers: { m1: 2, m2: 2, v1: 1 }, scope: null });
    expect(queue.previous(4)).toBe(3);
    expect(queue.previous(3)).toBe(1);
    expect(queue.previous(0)).toBe(-1);
  });

  it('asks only the competencies in scope', () => {
    const queue = assessmentQueue({ banks, answers: {}, scope: ['value'] });
    expect(queue.next(0)).toBe(3);
    expect(queue.previous(3)).toBe(-1);
    expect(queue.position(3)).toEqual({ position: 1, upTo: 3 });
  });
});
