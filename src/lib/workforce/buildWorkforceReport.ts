import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { atOrAbove } from './atOrAbove.ts';
import { isoWeekRange } from './isoWeek.ts';
import { NO_PATH, UNKNOWN_REGION, type FunnelFlags, type LearnerStanding } from './learnerStanding.ts';
import { suppressRow } from './suppressRow.ts';
import type { LearnerCount, WorkforceReport } from './workforceReportSchema.ts';

/** The filters a COE lead can apply; absent means all. */
export interface WorkforceFilter {
  region?: string | undefined;
  path?: string | undefined;
}

/** The weekly series covers at most this many weeks, the latest ones. */
export const MAX_WEEKS = 52;

/** The funnel's steps, each counting learners who reached it and every step before it. */
export const FUNNEL_STEPS = [
  { step: 'assessed', flag: 'assessed', label: 'Took the self-assessment', definition: 'answered at least one self-assessment item' },
  { step: 'planned', flag: 'planned', label: 'Planned a journey', definition: 'and has a planned journey in their synced journey state, or recorded journey progress' },
  { step: 'completed-module', flag: 'completedModule', label: 'Completed a module', definition: 'and completed or tested out of at least one module' },
  { step: 'completed-journey', flag: 'completedJourney', label: 'Completed their journey', definition: 'and their latest journey progress reports the whole journey complete' },
] as const satisfies ReadonlyArray<{ step: string; flag: keyof FunnelFlags; label: string; definition: string }>;

const hidden = (suppressed: LearnerCount['suppressed']): LearnerCount => ({ count: null, suppressed });
const single = (count: number, minGroup: number): LearnerCount => suppressRow([count], minGroup)[0]!;

/** Which groups of one filter dimension may be shown: those `suppressRow` leaves visible among all groups' sizes. */
function reportable(ids: readonly string[], of: (l: LearnerStanding) => string, learners: readonly LearnerStanding[], minGroup: number): Set<string> {
  const cells = suppressRow(ids.map((id) => learners.filter((l) => of(l) === id).length), minGroup);
  return new Set(ids.filter((_, i) => cells[i]!.suppressed === null));
}

/**
 * Builds the workforce report for COE leads from every learner's standing: learners per
 * competency and level, the weekly distribution, the funnel and the filter options, with every
 * count of fewer than `minGroup` learners (and any count that would let one be worked out) hidden.
 *
 * Filters are guarded against differencing: a region or path is reportable only if `suppressRow`
 * over the sizes of all regions (paths) leaves it shown, so the groups that cannot be shown hold at
 * least `minGroup` learners together, and "all" minus the shown groups never isolates a small one.
 * Combining both filters also needs the path reportable among the region's paths and the region
 * among the path's regions. Otherwise, and whenever the filtered population is under `minGroup`,
 * every figure is hidden and `reason` says why.
 */
export function buildWorkforceReport(all: readonly LearnerStanding[], curriculum: PlannerCurriculum, filter: WorkforceFilter, minGroup: number): WorkforceReport {
  const regionIds = [...curriculum.regions.map((r) => r.id), UNKNOWN_REGION];
  const pathIds = [...curriculum.paths.map((p) => p.id), NO_PATH];
  const regionOf = (l: LearnerStanding) => l.region;
  const pathOf = (l: LearnerStanding) => l.path;
  const regionsShown = reportable(regionIds, regionOf, all, minGroup);
  const pathsShown = reportable(pathIds, pathOf, all, minGroup);
  const regionName = (id: string) => curriculum.regions.find((r) => r.id === id)?.name ?? 'Unknown region';
  const pathName = (id: string) => curriculum.paths.find((p) => p.id === id)?.title ?? 'No learning path';

  const learners = all.filter((l) => (filter.region === undefined || l.region === filter.region) && (filter.path === undefined || l.path === filter.path));
  const small = `fewer than ${minGroup} learners`;
  let reason: string | null = null;
  if (filter.region !== undefined && !regionsShown.has(filter.region)) {
    reason = `${regionName(filter.region)} has ${small}, or showing it would let a smaller region's figures be worked out, so its figures are hidden.`;
  } else if (filter.path !== undefined && !pathsShown.has(filter.path)) {
    reason = `${pathName(filter.path)} has ${small}, or showing it would let a smaller path's figures be worked out, so its figures are hidden.`;
  } else if (filter.region !== undefined && filter.path !== undefined) {
    const inRegion = all.filter((l) => l.region === filter.region);
    const onPath = all.filter((l) => l.path === filter.path);
    if (!reportable(pathIds, pathOf, inRegion, minGroup).has(filter.path) || !reportable(regionIds, regionOf, onPath, minGroup).has(filter.region)) {
      reason = `${pathName(filter.path)} in ${regionName(filter.region)} has ${small}, or showing it would let a smaller group be worked out, so its figures are hidden.`;
    }
  }
  if (reason === null && learners.length > 0 && learners.length < minGroup) reason = `This selection has ${small}, so its figures are hidden.`;

  const levels = [{ level: 0, name: 'Not yet' }, ...curriculum.scale.map((l) => ({ level: l.level, name: l.name }))];
  const options = {
    regions: regionIds.map((id) => ({ id, name: regionName(id), reportable: regionsShown.has(id) })),
    paths: pathIds.map((id) => ({ id, name: pathName(id), reportable: pathsShown.has(id) })),
  };
  const base = { minGroup, filter: { region: filter.region ?? null, path: filter.path ?? null }, levels, options };

  if (reason !== null) {
    return {
      ...base,
      population: hidden('population'),
      reason,
      competencies: curriculum.competencies.map((c) => ({ id: c.id, name: c.name, cells: levels.map(({ level }) => ({ level, learners: hidden('population'), atOrAbove: hidden('population') })) })),
      weeks: [],
      weekly: [],
      funnel: FUNNEL_STEPS.map(({ step, label, definition }) => ({ step, label, definition, learners: hidden('population') })),
    };
  }

  const distribution = (levelOf: readonly number[]) => levels.map(({ level }) => levelOf.filter((l) => l === level).length);
  const competencies = curriculum.competencies.map((c) => {
    const counts = distribution(learners.map((l) => l.levels[c.id] ?? 0));
    const cells = suppressRow(counts, minGroup);
    const above = atOrAbove(counts, cells);
    return { id: c.id, name: c.name, cells: levels.map(({ level }, i) => ({ level, learners: cells[i]!, atOrAbove: above[i]! })) };
  });

  const active = learners.filter((l) => l.history.length > 0);
  const first = active.map((l) => l.history[0]!.week).sort()[0];
  const last = active.map((l) => l.history.at(-1)!.week).sort().at(-1);
  const weeks = first === undefined || last === undefined ? [] : isoWeekRange(first, last).slice(-MAX_WEEKS);
  // Each learner's levels at the end of each week, carried forward; undefined before their first activity.
  const byWeek = active.map((l) => {
    let at: Record<string, number> | undefined;
    let next = 0;
    return weeks.map((week) => {
      while (next < l.history.length && l.history[next]!.week <= week) at = l.history[next++]!.levels;
      return at;
    });
  });
  const weekly = curriculum.competencies.map((c) => ({
    competency: c.id,
    rows: weeks.map((week, w) => {
      const present = byWeek.map((series) => series[w]).filter((levelsAt) => levelsAt !== undefined);
      const learnersThen = single(present.length, minGroup);
      const row = learnersThen.suppressed === null ? suppressRow(distribution(present.map((at) => at[c.id] ?? 0)), minGroup) : levels.map(() => hidden('population'));
      return { week, learners: learnersThen, levels: row };
    }),
  }));

  const funnel = FUNNEL_STEPS.map(({ step, label, definition }, i) => {
    const reached = learners.filter((l) => FUNNEL_STEPS.slice(0, i + 1).every((s) => l.funnel[s.flag])).length;
    return { step, label, definition, learners: single(reached, minGroup) };
  });

  return { ...base, population: { count: learners.length, suppressed: null }, reason, competencies, weeks, weekly, funnel };
}
