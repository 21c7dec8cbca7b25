import { describe, expect, it } from 'vitest';
import { checkStatement } from './statementSchema';
import { statements } from './statements';
import { testStamp } from './testStamp';

describe('checkStatement', () => {
  const good = statements.completedModule(testStamp(), 'intro', 'Intro');

  it('lets a well-formed statement through unchanged', () => {
    expect(checkStatement(good)).toEqual({ ok: true, statement: good });
  });

  it('refuses a statement without a verb, saying so', () => {
    const { verb: _verb, ...noVerb } = good;
    expect(checkStatement(noVerb)).toEqual({ ok: false, reason: 'verb: a statement needs a verb' });
  });

  it('refuses what is not a statement at all, with its first problems', () => {
    const result = checkStatement({ id: 'nope', timestamp: 'yesterday' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /^id: a statement id must be a UUID; actor: a statement needs an actor; verb: /,
    );
    expect(checkStatement(null)).toMatchObject({ ok: false });
  });
});
