import { describe, expect, it } from 'vitest';
import { reviewSchedule } from './reviewSchedule';
import { reviewTestLog } from './reviewTestLog';
import { worthRevisiting } from './worthRevisiting';

const modules = [
  { id: 'm1', develops: [{ competency: 'mapping' }] },
  { id: 'm2', develops: [{ competency: 'mapping' }, { competency: 'value' }] },
];

describe('worthRevisiting', () => {
  it('flags a competency whose cards were missed twice in its last five reviews', () => {
    const l = reviewTestLog();
    const log = [
      l.pass(0, 'm1', 'a'),
      l.pass(0, 'm2', 'a'),
      l.review(4, 'm1', 'a', false),
      l.review(4, 'm2', 'a', true),
      l.review(5, 'm2', 'a', false),
    ];
    expect(worthRevisiting(reviewSchedule(log), modules)).toEqual([
      { competency: 'mapping', missedModules: ['m2', 'm1'] },
    ]);
  });

  it('lets one slip pass, and forgets misses once five later reviews went right', () => {
    const l = reviewTestLog();
    const oneSlip = [l.pass(0, 'm1', 'a'), l.review(4, 'm1', 'a', false), l.review(5, 'm1', 'a', true)];
    expect(worthRevisiting(reviewSchedule(oneSlip), modules)).toEqual([]);
    const recovered = [
      l.pass(0, 'm1', 'a'),
      l.review(4, 'm1', 'a', false),
      l.review(5, 'm1', 'a', false),
      ...[6, 9, 15, 30, 60].map((d) => l.review(d, 'm1', 'a', true)),
    ];
    expect(worthRevisiting(reviewSchedule(recovered), modules)).toEqual([]);
  });

  it('ignores cards of modules no longer in the curriculum', () => {
    const l = reviewTestLog();
    const log = [l.pass(0, 'gone', 'a'), l.review(4, 'gone', 'a', false), l.review(5, 'gone', 'a', false)];
    expect(worthRevisiting(reviewSchedule(log), modules)).toEqual([]);
  });
});
