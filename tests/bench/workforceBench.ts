import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { reportFromPlan } from '../../src/lib/workforce/buildWorkforceReport';
import { standingFromStatements, withJourneyState } from '../../src/lib/workforce/learnerStanding';
import { planWorkforce } from '../../src/lib/workforce/planWorkforce';
import { journeyDocument } from '../../src/lib/workforce/testCurriculum';
import { generatePlannerCurriculum, random } from '../helpers/generatePlannerCurriculum';
import type { Timing } from './benchReport';
import { timeRuns } from './timeRuns';

const WEEK = 7 * 86_400_000;

const stamp = (name: string, start: number, stepMs: number): Stamp =>
  testStamp({ name, homePage: 'https://bench.invalid', start: start - stepMs, stepMs, ids: 'random' });

/** One learner's log: `count` statements over about 20 weeks — assessment answers, then modules done and checks answered. */
export function learnerLog(
  curriculum: PlannerCurriculum,
  name: string,
  count: number,
  rnd: () => number,
): LearningStatement[] {
  const s = stamp(name, Date.UTC(2026, 0, 5) + Math.floor(rnd() * 10) * WEEK, Math.floor((20 * WEEK) / count));
  const items = curriculum.assessment.flatMap((bank) => bank.items);
  return Array.from({ length: count }, (_, i) => {
    const module = curriculum.modules[Math.floor(rnd() * curriculum.modules.length)]!;
    if (i < items.length && i < count / 3) {
      const item = items[i]!;
      const option = Math.floor(rnd() * item.options.length);
      return statements.answeredAssessmentItem(s, item.id, option, item.options[option]!.level);
    }
    if (rnd() < 0.1) return statements.completedModule(s, module.id, module.title);
    return statements.answeredCheck(s, module.id, module.checks[0] ?? 'c1', rnd() < 0.7, [0]);
  });
}

/** The workforce view's costs: standings of 1,000 learners × 200 statements, planning and answering a report, and one learner with 2,000 statements over 2,000 weeks. */
export function workforceBench(runs: number): Timing[] {
  const curriculum = generatePlannerCurriculum({ seed: 7, modules: 100, competencies: 15 });
  const rnd = random(7);
  const logs = Array.from({ length: 1000 }, (_, i) => learnerLog(curriculum, `learner-${i}`, 200, rnd));
  const states = logs.map((_, i) =>
    journeyDocument(
      curriculum.regions[i % curriculum.regions.length]?.id ?? 'global',
      curriculum.paths[i % curriculum.paths.length]?.id ?? null,
    ),
  );
  const parts = logs.map((log) => standingFromStatements(log, curriculum));
  const all = parts.map((part, i) => withJourneyState(part, states[i], curriculum));
  const plan = planWorkforce(all, curriculum, 5);
  const adversary = stamp('adversary', Date.UTC(1990, 0, 1), WEEK);
  const longLog = Array.from({ length: 2000 }, (_, i) =>
    statements.answeredAssessmentItem(adversary, curriculum.assessment[0]!.items[0]!.id, 0, i % 4),
  );
  const withAdversary = [...all, withJourneyState(standingFromStatements(longLog, curriculum), undefined, curriculum)];
  const few = Math.max(3, Math.floor(runs / 10));
  return [
    {
      name: "workforce: one learner's standing, 200 statements (kept as statements are stored)",
      ...timeRuns(() => standingFromStatements(logs[0]!, curriculum), runs),
      budget: { ms: 5, on: 'median' },
    },
    {
      name: "workforce: one learner's standing, 2,000 statements over 2,000 weeks",
      ...timeRuns(() => standingFromStatements(longLog, curriculum), few),
      budget: { ms: 50, on: 'median' },
    },
    {
      name: 'workforce: plan every report, 1,000 learners (after any change)',
      ...timeRuns(() => planWorkforce(all, curriculum, 5), few),
      budget: { ms: 200, on: 'median' },
    },
    {
      name: 'workforce: plan every report, 1,000 learners + the 2,000-week learner',
      ...timeRuns(() => planWorkforce(withAdversary, curriculum, 5), few),
      budget: { ms: 200, on: 'median' },
    },
    {
      name: 'workforce: one report from the plan',
      ...timeRuns(() => reportFromPlan(plan, curriculum, {}), runs),
      budget: { ms: 20, on: 'median' },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of workforceBench(Number(process.argv[2] ?? 20)))
    console.log(
      `${t.name}: median ${t.median.toFixed(1)} ms, p95 ${t.p95?.toFixed(1)} ms${t.budget ? ` (budget ${t.budget.ms} ms)` : ''}`,
    );
}
