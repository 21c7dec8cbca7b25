import type { CompetencyEstimate } from '../assessment/scoreAssessment';
import { journeyModuleIds } from './journeyModuleIds';
import type { Journey } from './planJourney';

/** The results in one line: how many competencies fall short of target, and what closing them takes. */
export interface PlanSummary {
  /** Competencies below their target level, the largest gap first (then by id). */
  gaps: Array<{ competency: string; level: number; target: number }>;
  modules: number;
  minutes: number;
}

/** Summarises a plan for the results page: "9 gaps → 19 modules, about 5.5 h". */
export function summarisePlan(estimates: readonly CompetencyEstimate[], journey: Journey | null): PlanSummary {
  const level = new Map(estimates.map((e) => [e.competency, e.level]));
  const gaps = (journey?.targets ?? [])
    .map((t) => ({ competency: t.competency, level: level.get(t.competency) ?? 0, target: t.level }))
    .filter((g) => g.level < g.target)
    .sort((a, b) => b.target - b.level - (a.target - a.level) || a.competency.localeCompare(b.competency));
  return { gaps, modules: journeyModuleIds(journey).length, minutes: journey?.totalMinutes ?? 0 };
}
