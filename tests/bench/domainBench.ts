import { checkContent } from '../../src/authoring/checkContent';
import { scoreAssessment } from '../../src/lib/assessment/scoreAssessment';
import { planJourney } from '../../src/lib/journey/planJourney';
import { generatePlannerCurriculum } from '../helpers/generatePlannerCurriculum';
import type { Timing } from './benchReport';
import { evidenceBench } from './evidenceBench';
import { timeRuns } from './timeRuns';
import { workforceBench } from './workforceBench';

const project = new URL('../..', import.meta.url).pathname;

/** The pure domain costs in Node: journey planning at 100 and 1,000 modules, scoring, and the content check. */
export function domainBench(runs: number): Timing[] {
  const big = generatePlannerCurriculum({ seed: 42, modules: 1000, competencies: 100 });
  const small = generatePlannerCurriculum({ seed: 42, modules: 100, competencies: 15 });
  const fromZero = { levels: {}, target: { kind: 'model' } as const };
  const mixed = {
    levels: Object.fromEntries(big.competencies.map((c, i) => [c.id, i % 3])),
    target: { kind: 'model' } as const,
  };
  const answers = Object.fromEntries(
    big.assessment.flatMap((b) => b.items.map((item, i) => [item.id, i % item.options.length])),
  );
  return [
    {
      name: 'planJourney: 1,000 modules, 100 competencies, from 0',
      ...timeRuns(() => planJourney(big, fromZero), runs),
      budget: { ms: 20, on: 'median' },
    },
    {
      name: 'planJourney: 1,000 modules, 100 competencies, mixed levels',
      ...timeRuns(() => planJourney(big, mixed), runs),
      budget: { ms: 20, on: 'median' },
    },
    {
      name: 'planJourney: 100 modules, 15 competencies, from 0',
      ...timeRuns(() => planJourney(small, fromZero), runs),
    },
    {
      name: 'scoreAssessment: 100 competencies',
      ...timeRuns(() => scoreAssessment(big.assessment, answers), runs),
      budget: { ms: 5, on: 'median' },
    },
    {
      name: 'check:content on the default curriculum (read + validate)',
      ...timeRuns(() => checkContent(project), Math.max(5, runs / 4)),
    },
    ...workforceBench(runs),
    ...evidenceBench(runs),
  ];
}
