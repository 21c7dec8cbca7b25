import type { Stamp } from './statements';

/** How a test's learner stamps statements; every field has a default. */
export interface TestStampOptions {
  /** The clock's start (epoch ms or ISO); the first statement is stamped one step after it. */
  start?: number | string;
  /** How far the clock moves per statement. */
  stepMs?: number;
  /** Statement ids: counting up behind `prefix` (reproducible), or random UUIDs (unique across runs). */
  ids?: 'counting' | 'random';
  prefix?: string;
  /** The learner's account. */
  name?: string;
  homePage?: string;
}

/** A deterministic stamp for tests and benchmarks: a learner whose clock moves a fixed step per statement. */
export function testStamp({
  start = '2026-11-01T09:00:00.000Z',
  stepMs = 1000,
  ids = 'counting',
  prefix = '00000000',
  name = 'test-learner',
  homePage = 'https://learner.cohesion.invalid',
}: TestStampOptions = {}): Stamp {
  let n = 0;
  let t = typeof start === 'number' ? start : Date.parse(start);
  return {
    actor: { objectType: 'Agent', account: { homePage, name } },
    id: () => (ids === 'random' ? crypto.randomUUID() : `${prefix}-0000-4000-8000-${String(++n).padStart(12, '0')}`),
    now: () => {
      t += stepMs;
      return new Date(t).toISOString();
    },
  };
}
