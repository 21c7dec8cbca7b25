import { describe, expect, it } from 'vitest';
import { isSameStatement } from './compareStatements.ts';
import type { StatementJson } from './xapiTypes.ts';

const a: StatementJson = {
  id: '6fbd600f-d17c-4c74-801a-2ec2e53231c7',
  actor: { objectType: 'Group', member: [{ mbox: 'mailto:a@x.com' }, { mbox: 'mailto:b@x.com' }] },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:a', definition: { name: { en: 'A' } } },
  timestamp: '2026-01-01T10:00:00Z',
};

describe('isSameStatement', () => {
  it('ignores LRS-assigned fields, key order, member order, activity definitions and timestamp spelling', () => {
    const b: StatementJson = {
      timestamp: '2026-01-01T12:00:00.000+02:00',
      object: { objectType: 'Activity', id: 'urn:test:a' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      actor: { objectType: 'Group', member: [{ mbox: 'mailto:b@x.com' }, { mbox: 'mailto:a@x.com' }] },
      id: '6FBD600F-D17C-4C74-801A-2EC2E53231C7',
      stored: '2026-02-02T00:00:00Z',
      authority: { mbox: 'mailto:lrs@x.com' },
      version: '2.0.0',
    };
    expect(isSameStatement(a, b)).toBe(true);
  });

  it('sees a different verb, result or instant as a different statement', () => {
    expect(isSameStatement(a, { ...a, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } })).toBe(false);
    expect(isSameStatement(a, { ...a, result: { success: true } })).toBe(false);
    expect(isSameStatement(a, { ...a, timestamp: '2026-01-01T10:00:01Z' })).toBe(false);
  });

  it('compares an incoming statement without timestamp to one the LRS timestamped', () => {
    const { timestamp: _t, ...withoutTimestamp } = a;
    expect(isSameStatement(a, withoutTimestamp as StatementJson)).toBe(true);
  });
});
