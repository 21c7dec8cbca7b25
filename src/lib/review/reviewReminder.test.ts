import { describe, expect, it } from 'vitest';
import { reviewReminder } from './reviewReminder';
import { reviewSchedule } from './reviewSchedule';
import { reviewTestLog } from './reviewTestLog';

describe('reviewReminder', () => {
  const l = reviewTestLog();
  const log = [l.pass(0, 'm1', 'a'), l.pass(0, 'm1', 'b'), l.pass(5, 'm2', 'a')];

  it('says nothing while no card is due', () => {
    expect(reviewReminder(reviewSchedule(log), l.day(1), [])).toBeUndefined();
    expect(reviewReminder([], l.day(400), [])).toBeUndefined();
  });

  it('reminds once of the cards due, counting every one of them', () => {
    const cards = reviewSchedule(log);
    const first = reviewReminder(cards, l.day(30), []);
    expect(first?.count).toBe(3);
    expect(first?.reminded).toHaveLength(3);
    // The next periodic wake-up, nothing reviewed since: the same cards are not announced twice.
    expect(reviewReminder(cards, l.day(31), first!.reminded)).toBeUndefined();
  });

  it('reminds again when another card falls due, counting all that are due', () => {
    const cards = reviewSchedule(log);
    const due = cards.map((c) => c.card.due.getTime()).sort((a, b) => a - b);
    const early = reviewReminder(cards, new Date(due[0]!), []);
    expect(early?.count).toBe(2); // m1 a and b, passed on the same day
    const later = reviewReminder(cards, new Date(due[2]!), early!.reminded);
    expect(later?.count).toBe(3);
  });

  it('reminds again of a card reviewed and due once more: the reminder is for that due date, not the card', () => {
    const once = reviewReminder(reviewSchedule(log), l.day(30), []);
    const reviewed = reviewSchedule([...log, l.review(30, 'm1', 'a', false)]);
    const again = reviewReminder(reviewed, l.day(32), once!.reminded);
    expect(again?.count).toBe(3);
  });
});
