import { describe, expect, it } from 'vitest';
import { dueCards, SESSION_SIZE } from './dueCards';
import { reviewSchedule } from './reviewSchedule';
import { reviewTestLog } from './reviewTestLog';

describe('dueCards', () => {
  it('lists the cards due by now, the longest overdue first, up to a session of ten', () => {
    const l = reviewTestLog();
    const log = Array.from({ length: 12 }, (_, i) => l.pass(i % 2, `m${String(i).padStart(2, '0')}`, 'a'));
    const cards = reviewSchedule(log);
    expect(dueCards(cards, l.day(0))).toEqual([]);
    const due = dueCards(cards, l.day(30), SESSION_SIZE);
    expect(due).toHaveLength(10);
    // Passed on day 0 fall due before those passed on day 1.
    expect(due.slice(0, 6).every((c) => Number(c.moduleId.slice(1)) % 2 === 0)).toBe(true);
    expect(dueCards(cards, l.day(30))).toHaveLength(12);
  });
});
