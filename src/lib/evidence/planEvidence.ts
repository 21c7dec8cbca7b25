import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { chooseReportableFilters } from '../workforce/chooseReportableFilters.ts';
import { targetLevels } from '../workforce/coarseGrain.ts';
import { NO_PATH, UNKNOWN_REGION } from '../workforce/learnerStanding.ts';
import { type PlannedFilter, regionPathFilters } from '../workforce/regionPathFilters.ts';
import { runToEnd } from '../workforce/runToEnd.ts';
import { type SuppressedCells, suppressLinkedCellsSteps } from '../workforce/suppressLinkedCells.ts';
import { evidenceAnswersSteps, type LearnerAnswers } from './evidenceAnswers.ts';
import type { LearnerHistory } from './learnerHistory.ts';
import { UNSTATED_FUNCTION } from './learnerHistory.ts';
import { monthsEndingAt } from './monthsEndingAt.ts';
import { type PlacedLearner, placedHistory } from './placedLearner.ts';

/** What the evidence report needs of the curriculum: the planner's slice and the list of functions. */
export type EvidenceCurriculum = Pick<
  PlannerCurriculum,
  'competencies' | 'modules' | 'paths' | 'regions' | 'scale' | 'defaultTargets'
> & { functions: ReadonlyArray<{ id: string; name: string }> };

/** The months the time series cover, the latest one the month of the report's date. */
export const EVIDENCE_MONTHS = 12;

/** Every evidence figure of every report a lead can request, with one suppression decision per family. */
export interface EvidencePlan {
  minGroup: number;
  /** The report's date (YYYY-MM-DD): "active" and "stalled" are judged on it. */
  asOf: string;
  regionIds: string[];
  pathIds: string[];
  /** The functions of the list, then "unstated". */
  functionIds: string[];
  filters: PlannedFilter[];
  shown: boolean[];
  population: number[];
  /** Per filter: hours of learning of its learners (null when the filter is withheld). */
  hours: Array<number | null>;
  months: string[];
  targets: number[];
  /** Per competency: before, after, levels gained and days to target of learners with a reassessment. */
  growth: SuppressedCells[];
  /** Function of each enrolled learner, of the learners taking part in each competency, then each module. */
  reach: SuppressedCells;
  /** Depth (invited, enrolled, active), function × depth, hours band. */
  adoption: SuppressedCells;
  /** Per competency: not started, below target, at or above target at each month's end. */
  atTarget: SuppressedCells[];
  /** Per module (then "before any"): whether each learner stalled after it. */
  stalls: SuppressedCells;
  /** Per month since starting: cohort × modules-completed band. */
  cohorts: SuppressedCells;
}

/**
 * Plans the suppression of every evidence report at once. The filters are the workforce view's
 * (all, each region, each path, each region and path, chosen by `chooseReportableFilters`), and
 * each family of figures goes through the workforce view's `suppressLinkedCells` over every
 * published filter, so no sum or difference of counts from any reports a lead can request reveals
 * a group of fewer than `minGroup` learners. Every other figure (shares, medians, modules shared by
 * functions, cohort curves) is worked out from shown counts only. Steps of bounded work: a caller
 * can let other work run between them. `known` keeps each history's answers for the next plan with the
 * same curriculum and date (see `evidenceAnswersSteps`): a re-plan then works out only the learners
 * whose history or place changed.
 */
export function* planEvidenceSteps(
  all: readonly PlacedLearner[],
  curriculum: EvidenceCurriculum,
  minGroup: number,
  asOf: string,
  known?: WeakMap<PlacedLearner, LearnerAnswers>,
): Generator<void, EvidencePlan> {
  const regionIds = [...curriculum.regions.map((r) => r.id), UNKNOWN_REGION];
  const pathIds = [...curriculum.paths.map((p) => p.id), NO_PATH];
  const functionIds = [...curriculum.functions.map((f) => f.id), UNSTATED_FUNCTION];
  const { filters, blockOf, blockCount } = regionPathFilters(regionIds, pathIds);
  const listed = (ids: readonly string[], id: string, fallback: string) => (ids.includes(id) ? id : fallback);
  const blocks = all.map((l) => blockOf(listed(regionIds, l.region, UNKNOWN_REGION), listed(pathIds, l.path, NO_PATH)));
  const blockSizes = new Array<number>(blockCount).fill(0);
  for (const b of blocks) blockSizes[b]! += 1;
  const shown = chooseReportableFilters(blockSizes, filters, minGroup);
  const population = filters.map((f) => f.blocks.reduce((sum, b) => sum + blockSizes[b]!, 0));
  const months = monthsEndingAt(asOf, EVIDENCE_MONTHS);
  const targets = targetLevels(curriculum);

  const answers = yield* evidenceAnswersSteps(all, { curriculum, functionIds, months, targets, asOf }, known);
  yield;
  const hoursPerBlock = new Array<number>(blockCount).fill(0);
  answers.hours.forEach((hours, i) => {
    hoursPerBlock[blocks[i]!]! += hours;
  });
  const hours = filters.map((f, k) => (shown[k] ? f.blocks.reduce((sum, b) => sum + hoursPerBlock[b]!, 0) : null));

  const suppress = function* (family: { answers: number[][]; times: number; values: number }) {
    yield;
    return yield* suppressLinkedCellsSteps({ blocks, ...family }, filters, shown, minGroup);
  };
  const growth: SuppressedCells[] = [];
  for (const family of answers.growth) growth.push(yield* suppress(family));
  const atTarget: SuppressedCells[] = [];
  for (const family of answers.atTarget) atTarget.push(yield* suppress(family));
  return {
    minGroup,
    asOf,
    regionIds,
    pathIds,
    functionIds,
    filters,
    shown,
    population,
    hours,
    months,
    targets,
    growth,
    reach: yield* suppress(answers.reach),
    adoption: yield* suppress(answers.adoption),
    atTarget,
    stalls: yield* suppress(answers.stalls),
    cohorts: yield* suppress(answers.cohorts),
  };
}

/** `planEvidenceSteps` run to the end at once. */
export function planEvidence(
  all: readonly LearnerHistory[],
  curriculum: EvidenceCurriculum,
  minGroup: number,
  asOf: string,
): EvidencePlan {
  return runToEnd(planEvidenceSteps(all.map(placedHistory), curriculum, minGroup, asOf));
}
