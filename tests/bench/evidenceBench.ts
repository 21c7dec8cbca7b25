import { evidenceReportFromPlan } from '../../src/lib/evidence/buildEvidenceReport';
import { learnerHistoryFromStatements } from '../../src/lib/evidence/learnerHistoryFromStatements';
import { type EvidenceCurriculum, planEvidence } from '../../src/lib/evidence/planEvidence';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { generatePlannerCurriculum, random } from '../helpers/generatePlannerCurriculum';
import type { Timing } from './benchReport';
import { timeRuns } from './timeRuns';

const DAY = 86_400_000;
export const FUNCTIONS = ['kam', 'sales', 'medical', 'market-access', 'marketing', 'heor', 'service'];

const stamp = (name: string, start: number, stepMs: number): Stamp =>
  testStamp({ name, homePage: 'https://bench.invalid', start: start - stepMs, stepMs, ids: 'random' });

/** One learner's log over about a year: the self-assessment, modules done and checks answered, a reassessment half-way. */
export function evidenceLearnerLog(
  curriculum: EvidenceCurriculum & Pick<PlannerCurriculum, 'assessment'>,
  name: string,
  count: number,
  rnd: () => number,
) {
  const s = stamp(name, Date.UTC(2025, 6, 1) + Math.floor(rnd() * 180) * DAY, Math.floor((180 * DAY) / count));
  const items = curriculum.assessment?.flatMap((bank) => bank.items) ?? [];
  return Array.from({ length: count }, (_, i): LearningStatement => {
    const module = curriculum.modules[Math.floor(rnd() * curriculum.modules.length)]!;
    const item = items[i % Math.max(1, items.length)];
    if (item !== undefined && (i < items.length || (i >= count / 2 && i < count / 2 + items.length))) {
      const option = Math.floor(rnd() * item.options.length);
      return statements.answeredAssessmentItem(s, item.id, option, item.options[option]!.level);
    }
    if (rnd() < 0.1) return statements.completedModule(s, module.id, module.title);
    return statements.answeredCheck(s, module.id, module.checks[0] ?? 'c1', rnd() < 0.7, [0]);
  });
}

/** The evidence report's costs over 1,000 learners × 500 statements: one learner's history, planning every report, one report. */
export function evidenceBench(runs: number): Timing[] {
  const planner = generatePlannerCurriculum({ seed: 11, modules: 100, competencies: 15 });
  const curriculum = { ...planner, functions: FUNCTIONS.map((id) => ({ id, name: id })) };
  const rnd = random(11);
  const logs = Array.from({ length: 1000 }, (_, i) => evidenceLearnerLog(curriculum, `learner-${i}`, 500, rnd));
  const where = (i: number) => ({
    region: curriculum.regions[i % curriculum.regions.length]?.id ?? 'global',
    path: curriculum.paths[i % curriculum.paths.length]?.id ?? 'none',
    function: FUNCTIONS[i % FUNCTIONS.length]!,
  });
  const all = logs.map((log, i) => learnerHistoryFromStatements(log, curriculum, where(i)));
  const asOf = '2026-06-30';
  const plan = planEvidence(all, curriculum, 5, asOf);
  const few = Math.max(3, Math.floor(runs / 10));
  return [
    {
      name: "evidence: one learner's history, 500 statements (kept as statements are stored)",
      ...timeRuns(() => learnerHistoryFromStatements(logs[0]!, curriculum, where(0)), runs),
      budget: { ms: 5, on: 'median' },
    },
    {
      name: 'evidence: plan every report, 1,000 learners × 500 statements (after any change)',
      ...timeRuns(() => planEvidence(all, curriculum, 5, asOf), few),
      budget: { ms: 500, on: 'median' },
    },
    {
      name: 'evidence: one report from the plan',
      ...timeRuns(() => evidenceReportFromPlan(plan, curriculum, {}, []), runs),
      budget: { ms: 20, on: 'median' },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of evidenceBench(Number(process.argv[2] ?? 10)))
    console.log(
      `${t.name}: median ${t.median.toFixed(1)} ms, p95 ${t.p95?.toFixed(1)} ms${t.budget ? ` (budget ${t.budget.ms} ms)` : ''}`,
    );
}
