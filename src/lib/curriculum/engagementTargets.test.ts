import { describe, expect, it } from 'vitest';
import { engagementTargets } from './engagementTargets';
import { testCurriculum } from './testCurriculum';

const model = testCurriculum().models[0]!;
const withTargets = (...targets: Array<typeof model.defaultTargets>) => ({
  models: targets.map((defaultTargets, i) => ({ ...model, id: `m${i}`, defaultTargets })),
});

describe('engagementTargets', () => {
  it('takes the highest level any engagement model asks for', () => {
    const curriculum = withTargets(
      [
        { competency: 'mapping', level: 1 },
        { competency: 'value', level: 2 },
      ],
      [{ competency: 'mapping', level: 3 }],
    );

    expect(engagementTargets(curriculum)).toEqual([
      { competency: 'mapping', level: 3 },
      { competency: 'value', level: 2 },
    ]);
  });

  it('lists competencies in the order authors first name them', () => {
    const curriculum = withTargets(
      [
        { competency: 'value', level: 2 },
        { competency: 'mapping', level: 1 },
      ],
      [{ competency: 'planning', level: 1 }],
    );

    expect(engagementTargets(curriculum).map((t) => t.competency)).toEqual(['value', 'mapping', 'planning']);
  });

  it('is empty without engagement models', () => {
    expect(engagementTargets({ models: [] })).toEqual([]);
  });
});
