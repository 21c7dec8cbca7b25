import { describe, expect, it } from 'vitest';
import { validateStatement } from './validateStatement.ts';

const base = {
  actor: { mbox: 'mailto:a@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:a' },
};

describe('validateStatement', () => {
  it('accepts a minimal statement and xAPI 2.0 additions', () => {
    expect(validateStatement(base)).toBe(base);
    const two = {
      ...base,
      version: '2.0.0',
      timestamp: '2026-01-01T10:00:00.123+02:00',
      context: {
        contextGroups: [
          { objectType: 'contextGroup', group: { objectType: 'Group', mbox: 'mailto:team@example.com' } },
        ],
      },
    };
    expect(() => validateStatement(two)).not.toThrow();
  });

  it('lists every structural problem in one 400 message, naming where it is', () => {
    const bad = { ...base, actor: { name: 'no identifier' }, verb: { id: 'nope' }, extra: 1 };
    expect(() => validateStatement(bad)).toThrow(
      /statement\.actor.*statement\.verb\.id|statement: unknown properties extra/s,
    );
    try {
      validateStatement(bad);
    } catch (error) {
      expect((error as { status: number }).status).toBe(400);
      expect((error as Error).message).toMatch(/extra/);
      expect((error as Error).message).toMatch(/verb/);
    }
  });

  it('refuses 2.0 timestamps without a time zone, bad context agents and unknown versions', () => {
    expect(() => validateStatement({ ...base, timestamp: '2026-01-01T10:00:00' })).toThrow(/timestamp/);
    expect(() => validateStatement({ ...base, timestamp: '2026-01-01T10:00:00-00:00' })).toThrow(/timestamp/);
    expect(() =>
      validateStatement({
        ...base,
        context: { contextAgents: [{ objectType: 'contextAgent', agent: { name: 'x' } }] },
      }),
    ).toThrow(/contextAgents/);
    expect(() => validateStatement({ ...base, version: '3.0.0' })).toThrow(/version/i);
    expect(() => validateStatement([base])).toThrow(/statement object/);
  });

  it('requires a voiding statement to target a StatementRef', () => {
    expect(() => validateStatement({ ...base, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } })).toThrow();
  });
});
