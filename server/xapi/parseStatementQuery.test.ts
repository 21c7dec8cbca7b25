import { describe, expect, it } from 'vitest';
import { parseStatementQuery } from './parseStatementQuery.ts';
import { negotiateVersion } from './versionHeader.ts';

describe('parseStatementQuery', () => {
  it('turns filters into a storage filter, limit 0 meaning the page size', () => {
    const agent = encodeURIComponent('{"mbox":"mailto:a@x.com"}');
    const request = parseStatementQuery(
      `agent=${agent}&verb=urn:v&related_agents=true&since=2026-01-01T00:00:00Z&limit=0&ascending=true`,
      100,
    );
    expect(request).toMatchObject({
      kind: 'query',
      format: 'exact',
      filter: {
        agentKey: 'mbox:mailto:a@x.com',
        verbId: 'urn:v',
        relatedAgents: true,
        ascending: true,
        limit: 100,
        sinceMs: Date.parse('2026-01-01T00:00:00Z'),
      },
    });
  });

  it('refuses unknown, miscased, repeated and combined parameters', () => {
    expect(() => parseStatementQuery('Agent=x', 10)).toThrow(/case-sensitive/);
    expect(() => parseStatementQuery('verb=a&verb=b', 10)).toThrow(/more than once/);
    expect(() => parseStatementQuery('statementId=6fbd600f-d17c-4c74-801a-2ec2e53231c7&verb=a', 10)).toThrow(
      /cannot be combined/,
    );
    expect(() => parseStatementQuery('since=yesterday', 10)).toThrow(/ISO 8601/);
    expect(() => parseStatementQuery('ascending=yes', 10)).toThrow(/true or false/);
  });
});

describe('negotiateVersion', () => {
  it('accepts 2.0.x and 1.0.x and refuses others', () => {
    expect(negotiateVersion('2.0.0')).toBe('2.0.0');
    expect(negotiateVersion('1.0')).toBe('1.0.3');
    expect(() => negotiateVersion(undefined)).toThrow(/Missing/);
    expect(() => negotiateVersion('0.9')).toThrow(/Unsupported/);
  });
});
