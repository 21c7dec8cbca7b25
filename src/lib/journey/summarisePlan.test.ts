import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { planJourney } from './planJourney';
import { toPlannerCurriculum } from './plannerCurriculum';
import { summarisePlan } from './summarisePlan';

const estimate = (competency: string, level: number) => ({
  competency,
  level,
  confidence: 'high' as const,
  answered: 1,
  total: 1,
});

describe('summarisePlan', () => {
  it('counts the competencies below target, the modules and the minutes that close them', () => {
    const c = testCurriculum();
    c.models[0]!.defaultTargets = [
      { competency: 'mapping', level: 2 },
      { competency: 'value', level: 1 },
    ];
    const curriculum = toPlannerCurriculum(c);
    const estimates = [estimate('mapping', 0), estimate('value', 1)];
    const journey = planJourney(curriculum, { levels: { mapping: 0, value: 1 }, target: { kind: 'model' } });
    expect(summarisePlan(estimates, journey)).toEqual({
      gaps: [{ competency: 'mapping', level: 0, target: 2 }],
      modules: 2,
      minutes: journey.totalMinutes,
    });
  });

  it('puts the largest gap first', () => {
    const journey = {
      target: { kind: 'model' as const },
      targets: [
        { competency: 'a', level: 2 },
        { competency: 'b', level: 3 },
      ],
      stages: [],
      totalMinutes: 0,
      uncovered: [],
    };
    expect(summarisePlan([estimate('a', 1), estimate('b', 0)], journey).gaps.map((g) => g.competency)).toEqual([
      'b',
      'a',
    ]);
  });
});
