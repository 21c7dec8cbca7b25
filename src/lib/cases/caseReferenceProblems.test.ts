import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../workforce/testCurriculum.ts';
import { caseReferenceProblems } from './caseReferenceProblems.ts';

const curriculum = { ...testCurriculum, functions: [{ id: 'sales', name: 'Sales' }] };

describe('caseReferenceProblems', () => {
  it('accepts the curriculum’s competencies, levels, regions and functions', () => {
    expect(
      caseReferenceProblems(
        {
          competencies: [{ competency: 'mapping', level: 2 }],
          region: 'global',
          archetype: 'emerging',
          function: 'sales',
        },
        curriculum,
      ),
    ).toEqual([]);
  });

  it('names each unknown reference and the ids to use instead', () => {
    expect(
      caseReferenceProblems(
        { competencies: [{ competency: 'juggling', level: 7 }], region: 'atlantis', function: 'magic' },
        curriculum,
      ),
    ).toEqual([
      'competencies.0.competency: "juggling" is not a competency of the curriculum; use one of mapping, value',
      'competencies.0.level: 7 is not a level of the scale; use one of 1, 2, 3, 4',
      'region: "atlantis" is not a region of the curriculum; use one of global, emerging, multi-payer',
      'function: "magic" is not a job function of the curriculum; use one of sales',
    ]);
  });

  it('takes any function when the curriculum lists none', () => {
    expect(caseReferenceProblems({ competencies: [], function: 'anything' }, testCurriculum)).toEqual([]);
  });
});
