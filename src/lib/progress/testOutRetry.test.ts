import { describe, expect, it } from 'vitest';
import { statements } from './statements';
import { testOutRetry } from './testOutRetry';
import { testStamp } from './testStamp';

const at = (iso: string) => new Date(iso);

describe('testOutRetry', () => {
  it('lets a learner who never tried test out at once', () => {
    expect(testOutRetry([], 'mapping', at('2026-11-01T10:00:00Z'))).toEqual({ allowed: true });
  });

  it('makes a retry wait a day after a failed test-out', () => {
    const s = testStamp({ start: '2026-11-01T09:00:00Z' });
    const failed = statements.testedOutModule(s, 'mapping', 'Mapping', false);
    expect(testOutRetry([failed], 'mapping', at('2026-11-01T12:00:00Z'))).toEqual({
      allowed: false,
      failedAt: failed.timestamp,
      retryFrom: '2026-11-02T09:00:01.000Z',
    });
    expect(testOutRetry([failed], 'mapping', at('2026-11-02T09:00:01Z'))).toEqual({ allowed: true });
  });

  it('opens the retry once the learner has answered one of the module’s checks after failing', () => {
    const s = testStamp();
    const log = [
      statements.testedOutModule(s, 'mapping', 'Mapping', false),
      statements.answeredCheck(s, 'mapping', 'q1', false, [0]),
    ];
    expect(testOutRetry(log, 'mapping', at('2026-11-01T09:05:00Z'))).toEqual({ allowed: true });
  });

  it('does not count studying done before the failure, or another module’s checks', () => {
    const s = testStamp();
    const log = [
      statements.answeredCheck(s, 'mapping', 'q1', true, [1]),
      statements.testedOutModule(s, 'mapping', 'Mapping', false),
      statements.answeredCheck(s, 'value', 'q1', true, [1]),
    ];
    expect(testOutRetry(log, 'mapping', at('2026-11-01T09:05:00Z'))).toMatchObject({ allowed: false });
  });

  it('is unaffected by another module’s failed test-out', () => {
    const s = testStamp();
    expect(
      testOutRetry([statements.testedOutModule(s, 'value', 'Value', false)], 'mapping', at('2026-11-01T09:05:00Z')),
    ).toEqual({ allowed: true });
  });
});
