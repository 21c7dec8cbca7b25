import { testAssessmentItem, testCurriculum } from '../curriculum/testCurriculum';
import { type PlannerCurriculum, toPlannerCurriculum } from './plannerCurriculum';

/** The journey machine's test curriculum: mapping (two items) and value (one item), both targeted at level 2. */
export function journeyTestCurriculum(): PlannerCurriculum {
  const c = testCurriculum();
  c.assessment[0]!.items.push(
    testAssessmentItem('mapping-scenario', 'scenario', 'A new CMO arrives.', [
      ['Wait', 0],
      ['Map', 2],
      ['Lead', 3],
    ]),
  );
  c.assessment.push({
    id: 'value',
    file: 'content/assessment/value.yaml',
    competency: 'value',
    items: [
      testAssessmentItem('value-habit', 'behavioural', 'How do you sell value?', [
        ['Price', 0],
        ['Outcomes', 2],
        ['Proof', 3],
      ]),
    ],
  });
  c.models[0]!.defaultTargets = [
    { competency: 'mapping', level: 2 },
    { competency: 'value', level: 2 },
  ];
  return toPlannerCurriculum(c);
}
