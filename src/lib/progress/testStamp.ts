import type { Stamp } from './statements';

/** A deterministic stamp for tests: UUIDs and timestamps counting up from a start time. */
export function testStamp(start = Date.parse('2026-11-01T09:00:00.000Z'), prefix = '00000000'): Stamp {
  let n = 0;
  let t = start;
  return {
    actor: { objectType: 'Agent', account: { homePage: 'https://learner.cohesion.invalid', name: 'test-learner' } },
    id: () => `${prefix}-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now: () => new Date((t += 1000)).toISOString(),
  };
}
