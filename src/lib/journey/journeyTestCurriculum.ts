import { testCurriculum } from '../curriculum/testCurriculum';
import { type PlannerCurriculum, toPlannerCurriculum } from './plannerCurriculum';

/** The journey machine's test curriculum: mapping (two items) and value (one item), both targeted at level 2. */
export function journeyTestCurriculum(): PlannerCurriculum {
  const c = testCurriculum();
  c.assessment[0]!.items.push({
    id: 'mapping-scenario',
    kind: 'scenario',
    prompt: 'A new CMO arrives.',
    options: [
      { text: 'Wait', level: 0 },
      { text: 'Map', level: 2 },
      { text: 'Lead', level: 3 },
    ],
  });
  c.assessment.push({
    id: 'value',
    file: 'content/assessment/value.yaml',
    competency: 'value',
    items: [
      {
        id: 'value-habit',
        kind: 'behavioural',
        prompt: 'How do you sell value?',
        options: [
          { text: 'Price', level: 0 },
          { text: 'Outcomes', level: 2 },
          { text: 'Proof', level: 3 },
        ],
      },
    ],
  });
  c.models[0]!.defaultTargets = [
    { competency: 'mapping', level: 2 },
    { competency: 'value', level: 2 },
  ];
  return toPlannerCurriculum(c);
}
