import { describe, expect, it } from 'vitest';
import { cardsInCurriculum } from './cardsInCurriculum';
import { reviewSchedule } from './reviewSchedule';
import { reviewTestLog } from './reviewTestLog';

describe('cardsInCurriculum', () => {
  it('keeps the cards of checks the curriculum still has, and drops withdrawn checks and modules', () => {
    const l = reviewTestLog();
    const cards = reviewSchedule([l.pass(0, 'm1', 'a'), l.pass(0, 'm1', 'gone'), l.pass(0, 'withdrawn', 'a')]);
    const kept = cardsInCurriculum(cards, { modules: [{ id: 'm1', checks: ['a', 'b'] }] });
    expect(kept.map((c) => `${c.moduleId}/${c.checkId}`)).toEqual(['m1/a']);
  });
});
