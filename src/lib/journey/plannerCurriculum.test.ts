import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../coverage/analyseCoverage';
import { testCurriculum } from '../curriculum/testCurriculum';
import { toPlannerCurriculum } from './plannerCurriculum';

/** The test curriculum with a second engagement model that asks more of one competency and adds another. */
function twoModels() {
  const curriculum = testCurriculum();
  const core = curriculum.models[0]!;
  curriculum.models = [
    {
      ...core,
      id: 'core',
      defaultTargets: [
        { competency: 'mapping', level: 1 },
        { competency: 'value', level: 2 },
      ],
    },
    {
      ...core,
      id: 'strategic',
      file: 'content/engagement-models/strategic.yaml',
      defaultTargets: [{ competency: 'mapping', level: 3 }],
    },
  ];
  return curriculum;
}

describe('toPlannerCurriculum', () => {
  it('aims the engagement-model journey at the same targets coverage measures against, with two models', () => {
    const curriculum = twoModels();
    const coverageTargets = analyseCoverage(curriculum)
      .competencies.filter((c) => c.target > 0)
      .map((c) => ({ competency: c.id, level: c.target }));
    const plannerTargets = toPlannerCurriculum(curriculum).defaultTargets;

    const byCompetency = (a: { competency: string }, b: { competency: string }) =>
      a.competency.localeCompare(b.competency);
    expect([...plannerTargets].sort(byCompetency)).toEqual(coverageTargets.sort(byCompetency));
  });

  it('takes the highest level any engagement model asks for, whatever the order of the models', () => {
    const curriculum = twoModels();
    const reversed = { ...curriculum, models: [...curriculum.models].reverse() };

    const sorted = (targets: Array<{ competency: string; level: number }>) =>
      [...targets].sort((a, b) => a.competency.localeCompare(b.competency));

    expect(toPlannerCurriculum(curriculum).defaultTargets).toEqual([
      { competency: 'mapping', level: 3 },
      { competency: 'value', level: 2 },
    ]);
    expect(sorted(toPlannerCurriculum(reversed).defaultTargets)).toEqual(
      sorted(toPlannerCurriculum(curriculum).defaultTargets),
    );
  });
});
