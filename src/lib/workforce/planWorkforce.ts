import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { chooseReportableFilters } from './chooseReportableFilters.ts';
import { appendMergedLevels, atTargetIn, monthsOf, targetLevels } from './coarseGrain.ts';
import { isoWeekRange } from './isoWeek.ts';
import { type FunnelFlags, type LearnerStanding, MAX_WEEKS, NO_PATH, UNKNOWN_REGION } from './learnerStanding.ts';
import { type PlannedFilter, regionPathFilters } from './regionPathFilters.ts';
import { runToEnd } from './runToEnd.ts';
import { type SuppressedCells, suppressLinkedCellsSteps } from './suppressLinkedCells.ts';

/** The funnel's steps, each counting learners who reached it and every step before it. */
export const FUNNEL_STEPS = [
  {
    step: 'assessed',
    flag: 'assessed',
    label: 'Took the self-assessment',
    definition: 'answered at least one self-assessment item',
  },
  {
    step: 'planned',
    flag: 'planned',
    label: 'Planned a journey',
    definition: 'and has a planned journey in their synced journey state, or recorded journey progress',
  },
  {
    step: 'completed-module',
    flag: 'completedModule',
    label: 'Completed a module',
    definition: 'and completed or tested out of at least one module',
  },
  {
    step: 'completed-journey',
    flag: 'completedJourney',
    label: 'Completed their journey',
    definition: 'and their latest journey progress reports the whole journey complete',
  },
] as const satisfies ReadonlyArray<{ step: string; flag: keyof FunnelFlags; label: string; definition: string }>;

export type { PlannedFilter } from './regionPathFilters.ts';

/** Every figure of every report a lead can request, with one suppression decision shared by all of them. */
export interface WorkforcePlan {
  minGroup: number;
  regionIds: string[];
  pathIds: string[];
  filters: PlannedFilter[];
  /** Per filter: whether it may be shown at all. */
  shown: boolean[];
  /** Per filter: learners in it. */
  population: number[];
  /** The ISO weeks of the weekly series, oldest first (the same for every filter). */
  weeks: string[];
  /** The months of the coarse series, oldest first (`YYYY-MM`), each ending at its last week of `weeks`. */
  months: string[];
  /** Per competency, the level "at or above target" counts from. */
  targets: number[];
  /**
   * Per competency: level counts at each week, then now (time point `weeks.length`), then the coarse
   * grain in the same linked tables — below / at or above target at the end of each month, then now.
   */
  competencies: Map<string, SuppressedCells>;
  /** Learners at target in no, some or all competencies, at the end of each month, then now. */
  overall: SuppressedCells;
  /** Learners per funnel depth (0 = not assessed … 4 = completed the journey). */
  funnel: SuppressedCells;
}

/** How many funnel steps in a row the learner has reached, from the first. */
const funnelDepth = (flags: FunnelFlags) => {
  const depth = FUNNEL_STEPS.findIndex((s) => !flags[s.flag]);
  return depth === -1 ? FUNNEL_STEPS.length : depth;
};

/** The filter a query selects, by region and path (null = all). */
export const filterIndex = (plan: WorkforcePlan, region: string | null, path: string | null) =>
  plan.filters.findIndex((f) => f.region === region && f.path === path);

/**
 * Plans the suppression of every workforce report at once: the filters (all, each region, each
 * path, each region and path), then, per competency, the levels at the end of each week of the
 * series and now, and the funnel. A filter is published only if `chooseReportableFilters` allows
 * it, and each family of figures goes through `suppressLinkedCells` over every published filter, so
 * no sum or difference of figures from any reports a lead can request reveals a group of fewer
 * than `minGroup` learners. Learners not yet active in a week count at level 0 ("Not yet") that
 * week, so every weekly row covers the same learners as the population.
 */
export function planWorkforce(
  all: readonly LearnerStanding[],
  curriculum: PlannerCurriculum,
  minGroup: number,
): WorkforcePlan {
  return runToEnd(planWorkforceSteps(all, curriculum, minGroup));
}

/** `planWorkforce` in steps of bounded work (a competency's answers, a slice of its suppression): a caller can let other work run between them. */
export function* planWorkforceSteps(
  all: readonly LearnerStanding[],
  curriculum: PlannerCurriculum,
  minGroup: number,
): Generator<void, WorkforcePlan> {
  const regionIds = [...curriculum.regions.map((r) => r.id), UNKNOWN_REGION];
  const pathIds = [...curriculum.paths.map((p) => p.id), NO_PATH];
  const { filters, blockOf, blockCount } = regionPathFilters(regionIds, pathIds);
  const blocks = all.map((l) => blockOf(l.region, l.path));
  const blockSizes = new Array<number>(blockCount).fill(0);
  for (const b of blocks) blockSizes[b]! += 1;
  const shown = chooseReportableFilters(blockSizes, filters, minGroup);
  const population = filters.map((f) => f.blocks.reduce((sum, b) => sum + blockSizes[b]!, 0));

  const first = all.flatMap((l) => (l.history.length > 0 ? [l.history[0]!.week] : [])).sort()[0];
  const last = all
    .flatMap((l) => (l.history.length > 0 ? [l.history.at(-1)!.week] : []))
    .sort()
    .at(-1);
  const weeks = first === undefined || last === undefined ? [] : isoWeekRange(first, last).slice(-MAX_WEEKS);
  // Per learner and week of the series: the history entry in force at its end (levels carried
  // forward), −1 (all "Not yet") before their first activity. Worked out once for every competency.
  const entryAt = all.map((l) => {
    const at = new Int32Array(weeks.length);
    let next = 0;
    weeks.forEach((week, t) => {
      while (next < l.history.length && l.history[next]!.week <= week) next += 1;
      at[t] = next - 1;
    });
    return at;
  });
  const values = curriculum.scale.length + 1;
  const clamp = (level: number) => Math.min(Math.max(level, 0), values - 1);
  const months = monthsOf(weeks);
  const targets = targetLevels(curriculum);
  // Per learner and coarse time point: in how many competencies they are at target.
  const atTarget = all.map(() => new Int32Array(months.length + 1));
  const competencies = new Map<string, SuppressedCells>();
  // Per learner: each history entry's level in every competency, then now, clamped and read once (not once a competency).
  const competencyCount = curriculum.competencies.length;
  const levelGrid: Uint8Array[] = [];
  for (const l of all) {
    const grid = new Uint8Array((l.history.length + 1) * competencyCount);
    const read = (levels: Readonly<Record<string, number>>, entry: number) => {
      for (let k = 0; k < competencyCount; k++)
        grid[entry * competencyCount + k] = clamp(levels[curriculum.competencies[k]!.id] ?? 0);
    };
    for (let e = 0; e < l.history.length; e++) read(l.history[e]!.levels, e);
    read(l.levels, l.history.length);
    levelGrid.push(grid);
    if (levelGrid.length % 100 === 0) yield;
  }
  const times = weeks.length + months.length + 2;
  for (let k = 0; k < competencyCount; k++) {
    const c = curriculum.competencies[k]!;
    yield;
    const answers = all.map((l, i) => {
      const grid = levelGrid[i]!;
      const at = entryAt[i]!;
      const row = new Array<number>(times);
      for (let t = 0; t < weeks.length; t++) row[t] = at[t]! < 0 ? 0 : grid[at[t]! * competencyCount + k]!;
      row[weeks.length] = grid[l.history.length * competencyCount + k]!;
      appendMergedLevels(row, weeks.length + 1, months, targets[k]!);
      const coarse = atTarget[i]!;
      for (let t = 0; t <= months.length; t++) coarse[t]! += row[weeks.length + 1 + t]!;
      return row;
    });
    yield;
    // Fine and coarse figures in one family of linked tables: no combination of them can single out a small group.
    const tables = { blocks, answers, times, values, coarseFrom: weeks.length + 1 };
    competencies.set(c.id, yield* suppressLinkedCellsSteps(tables, filters, shown, minGroup));
  }
  yield;
  const overall = yield* suppressLinkedCellsSteps(
    {
      blocks,
      answers: atTarget.map((counts) => Array.from(counts, (n) => atTargetIn(n, curriculum.competencies.length))),
      times: months.length + 1,
      values: 3,
    },
    filters,
    shown,
    minGroup,
  );
  yield;
  const funnel = yield* suppressLinkedCellsSteps(
    { blocks, answers: all.map((l) => [funnelDepth(l.funnel)]), times: 1, values: FUNNEL_STEPS.length + 1 },
    filters,
    shown,
    minGroup,
  );
  return {
    minGroup,
    regionIds,
    pathIds,
    filters,
    shown,
    population,
    weeks,
    months: months.map((m) => m.month),
    targets,
    competencies,
    overall,
    funnel,
  };
}
