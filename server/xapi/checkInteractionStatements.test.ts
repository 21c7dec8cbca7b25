import { describe, expect, it } from 'vitest';
import { statements } from '../../src/lib/progress/statements.ts';
import { testStamp } from '../../src/lib/progress/testStamp.ts';
import { validateStatement } from './validateStatement.ts';

describe('ordering and matching checks, as recorded', () => {
  it('records an ordering attempt as an xAPI sequencing interaction with its correct response pattern', () => {
    const s = statements.answeredCheck(testStamp(), 'intro', 'review', false, [2, 0, 1], {
      kind: 'ordering',
      correct: [1, 2, 0],
      optionCount: 0,
    });
    expect(s.object).toMatchObject({
      definition: {
        interactionType: 'sequencing',
        correctResponsesPattern: ['1[,]2[,]0'],
        choices: [{ id: '0' }, { id: '1' }, { id: '2' }],
      },
    });
    expect(s.result).toEqual({ success: false, response: '2[,]0[,]1' });
    expect(() => validateStatement(s)).not.toThrow();
  });

  it('records a matching attempt as an xAPI matching interaction: source items, target options, pairs', () => {
    const s = statements.answeredCheck(testStamp(), 'intro', 'concerns', true, [1, 0, 1], {
      kind: 'matching',
      correct: [1, 0, 1],
      optionCount: 2,
    });
    expect(s.object).toMatchObject({
      definition: {
        interactionType: 'matching',
        correctResponsesPattern: ['0[.]1[,]1[.]0[,]2[.]1'],
        source: [{ id: '0' }, { id: '1' }, { id: '2' }],
        target: [{ id: '0' }, { id: '1' }],
      },
    });
    expect(s.result).toEqual({ success: true, response: '0[.]1[,]1[.]0[,]2[.]1' });
    expect(() => validateStatement(s)).not.toThrow();
  });
});
