import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLogs } from '../progress/mergeLogs';
import { VERBS } from '../progress/xapiIds';
import { dueCards } from './dueCards';
import { reviewSchedule } from './reviewSchedule';
import { reviewTestLog } from './reviewTestLog';

const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;

describe('reviewSchedule', () => {
  it('makes a card of every check passed, and none of a check only failed', () => {
    const l = reviewTestLog();
    const cards = reviewSchedule([
      l.pass(0, 'm1', 'a'),
      l.fail(0, 'm1', 'b'),
      l.fail(0, 'm2', 'a'),
      l.pass(1, 'm2', 'a'),
    ]);
    expect(cards.map((c) => `${c.moduleId}/${c.checkId}`)).toEqual(['m1/a', 'm2/a']);
    expect(cards[1]!.passedAt).toBe(l.day(1).toISOString());
  });

  it('first makes a card due days after the pass, not the same day', () => {
    const l = reviewTestLog();
    const [card] = reviewSchedule([l.pass(0, 'm1', 'a')]);
    expect(days(l.day(0), card!.card.due)).toBeGreaterThanOrEqual(1);
    expect(dueCards([card!], l.day(0.5))).toEqual([]);
  });

  it('ignores a review of a check never passed, voided reviews and later answers outside a review', () => {
    const l = reviewTestLog();
    const voidedReview = l.review(5, 'm1', 'a', false);
    const voiding = {
      ...l.pass(6, 'x', 'y'),
      verb: VERBS.voided,
      object: { objectType: 'StatementRef' as const, id: voidedReview.id },
    };
    const plain = reviewSchedule([l.pass(0, 'm1', 'a')]);
    const noisy = reviewSchedule([
      l.review(0, 'm9', 'z', true),
      l.pass(0, 'm1', 'a'),
      l.fail(2, 'm1', 'a'),
      voidedReview,
      voiding,
    ]);
    expect(noisy).toEqual(plain);
  });

  it('is a function of the log alone: the same statements in any order give the same schedule', () => {
    const l = reviewTestLog();
    const log = [
      l.pass(0, 'm1', 'a'),
      l.pass(0, 'm1', 'b'),
      l.review(4, 'm1', 'a', true),
      l.review(4, 'm1', 'b', false),
    ];
    expect(reviewSchedule([...log].reverse())).toEqual(reviewSchedule(log));
  });

  it('breaks a tie of timestamps by statement id', () => {
    const l = reviewTestLog();
    const pass = l.pass(0, 'm1', 'a');
    const right = l.review(4, 'm1', 'a', true, '00000000-0000-4000-8000-00000000000a');
    const wrong = l.review(4, 'm1', 'a', false, '00000000-0000-4000-8000-00000000000b');
    const [card] = reviewSchedule([pass, wrong, right]);
    expect(card!.reviews.map((r) => r.passed)).toEqual([true, false]);
    expect(reviewSchedule([pass, right, wrong])).toEqual(reviewSchedule([pass, wrong, right]));
  });

  it('agrees on two devices after a merge in any order (property)', () => {
    const event = fc.record({
      check: fc.constantFrom('a', 'b', 'c'),
      day: fc.integer({ min: 0, max: 60 }),
      passed: fc.boolean(),
      device: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.integer(), (events, seed) => {
        const l = reviewTestLog();
        const passes = ['a', 'b', 'c'].map((c) => l.pass(0, 'm1', c));
        const reviews = events.map((e) => ({ device: e.device, s: l.review(e.day, 'm1', e.check, e.passed) }));
        const device = (d: number) => [...passes.slice(d), ...reviews.filter((r) => r.device === d).map((r) => r.s)];
        const shuffled = (log: readonly (typeof passes)[number][]) =>
          [...log]
            .map((s, i) => ({ s, k: Math.sin(seed + i) }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.s);
        const oneWay = reviewSchedule(mergeLogs(device(0), device(1)));
        const otherWay = reviewSchedule(mergeLogs(shuffled(device(1)), shuffled(device(0))));
        const alone = reviewSchedule([...passes, ...reviews.map((r) => r.s)]);
        expect(otherWay).toEqual(oneWay);
        expect(oneWay).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('spaces a card further each time it is recalled, so fewer cards fall due as days pass', () => {
    const l = reviewTestLog();
    const log = ['a', 'b', 'c'].map((c) => l.pass(0, 'm1', c));
    const duePerDay: number[] = [];
    for (let d = 0; d <= 90; d++) {
      const due = dueCards(reviewSchedule(log), l.day(d));
      duePerDay.push(due.length);
      for (const card of due) log.push(l.review(d, card.moduleId, card.checkId, true));
    }
    const reviewDays = duePerDay.flatMap((n, d) => (n > 0 ? [d] : []));
    expect(duePerDay[0]).toBe(0);
    expect(reviewDays.length).toBeGreaterThanOrEqual(3);
    const gaps = reviewDays.slice(1).map((d, i) => d - reviewDays[i]!);
    expect(gaps).toEqual([...gaps].sort((x, y) => x - y));
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]!);
    const [card] = reviewSchedule(log);
    expect(card!.card.lapses).toBe(0);
  });

  it('counts a failed review as a lapse and brings the card back sooner', () => {
    const l = reviewTestLog();
    const pass = l.pass(0, 'm1', 'a');
    const recalled = reviewSchedule([pass, l.review(4, 'm1', 'a', true)])[0]!;
    const lapsed = reviewSchedule([pass, l.review(4, 'm1', 'a', false)])[0]!;
    expect(recalled.card.lapses).toBe(0);
    expect(lapsed.card.lapses).toBe(1);
    expect(lapsed.card.due.getTime()).toBeLessThan(recalled.card.due.getTime());
    expect(days(l.day(4), lapsed.card.due)).toBeLessThanOrEqual(1);
    const twice = reviewSchedule([pass, l.review(4, 'm1', 'a', false), l.review(5, 'm1', 'a', false)])[0]!;
    expect(twice.card.lapses).toBe(2);
    expect(twice.reviews).toEqual([
      { at: l.day(4).toISOString(), passed: false },
      { at: l.day(5).toISOString(), passed: false },
    ]);
  });
});
