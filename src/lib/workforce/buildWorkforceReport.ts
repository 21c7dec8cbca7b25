import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { atOrAbove } from './atOrAbove.ts';
import type { LearnerStanding } from './learnerStanding.ts';
import { FUNNEL_STEPS, filterIndex, planWorkforce, type WorkforcePlan } from './planWorkforce.ts';
import type { SuppressedCells } from './suppressLinkedCells.ts';
import type { LearnerCount, WorkforceReport } from './workforceReportSchema.ts';

export { FUNNEL_STEPS } from './planWorkforce.ts';

/** The filters a COE lead can apply; absent means all. */
export interface WorkforceFilter {
  region?: string | undefined;
  path?: string | undefined;
}

const hidden = (suppressed: LearnerCount['suppressed']): LearnerCount => ({ count: null, suppressed });

/** The row of cells of one filter at one time point: shown counts, hidden ones null with the reason. */
const rowOf = (cells: SuppressedCells, f: number, t: number) => {
  const counts = cells.counts[f]![t]!;
  return {
    counts,
    cells: counts.map((count, v): LearnerCount => {
      const suppressed = cells.suppressed[f]![t]![v]!;
      return suppressed === null ? { count, suppressed: null } : hidden(suppressed);
    }),
  };
};

/** Whether most fine figures now (learners per competency and level) are hidden. */
const mostlyHidden = (competencies: WorkforceReport['competencies']) => {
  const cells = competencies.flatMap((c) => c.cells);
  return cells.filter((c) => c.learners.count === null).length * 2 >= cells.length;
};

/** The coarse grain of a shown filter: the coarse time points of each competency's linked tables, and the overall family. */
function coarseOf(
  plan: WorkforcePlan,
  f: number,
  targets: ReadonlyArray<{ id: string; name: string; target: number }>,
): WorkforceReport['coarse'] {
  const fineTimes = plan.weeks.length + 1;
  const merged = (cells: SuppressedCells, t: number) => {
    const [below, atOrAbove] = rowOf(cells, f, t).cells;
    return { below: below!, atOrAbove: atOrAbove! };
  };
  const together = (t: number) => {
    const [none, some, all] = rowOf(plan.overall, f, t).cells;
    return { none: none!, some: some!, all: all! };
  };
  const competencies = targets.map((c) => {
    const cells = plan.competencies.get(c.id)!;
    return {
      ...c,
      monthly: plan.months.map((_, m) => merged(cells, fineTimes + m)),
      now: merged(cells, fineTimes + plan.months.length),
    };
  });
  return {
    suggested: false,
    months: plan.months,
    competencies,
    overall: { monthly: plan.months.map((_, m) => together(m)), now: together(plan.months.length) },
  };
}

/**
 * The workforce report for one filter, read from a plan made for every filter at once
 * (`planWorkforce`): learners per competency and level now and at or above, the weekly
 * distribution, the funnel and the filter options. A filter the plan withholds gives every figure
 * hidden and a `reason`.
 */
export function reportFromPlan(
  plan: WorkforcePlan,
  curriculum: PlannerCurriculum,
  filter: WorkforceFilter,
): WorkforceReport {
  const { minGroup } = plan;
  const regionName = (id: string) => curriculum.regions.find((r) => r.id === id)?.name ?? 'Unknown region';
  const pathName = (id: string) => curriculum.paths.find((p) => p.id === id)?.title ?? 'No learning path';
  const shownFilter = (region: string | null, path: string | null) =>
    plan.shown[filterIndex(plan, region, path)] === true;
  const levels = [{ level: 0, name: 'Not yet' }, ...curriculum.scale.map((l) => ({ level: l.level, name: l.name }))];
  const options = {
    regions: plan.regionIds.map((id) => ({ id, name: regionName(id), reportable: shownFilter(id, null) })),
    paths: plan.pathIds.map((id) => ({ id, name: pathName(id), reportable: shownFilter(null, id) })),
  };
  const region = filter.region ?? null;
  const path = filter.path ?? null;
  const base = { minGroup, filter: { region, path }, levels, options };

  const small = `fewer than ${minGroup} learners`;
  const targets = curriculum.competencies.map((c, k) => ({ id: c.id, name: c.name, target: plan.targets[k]! }));
  const f = filterIndex(plan, region, path);
  let reason: string | null = null;
  if (f === -1 || !plan.shown[f]) {
    if (region !== null && (path === null || !shownFilter(region, null))) {
      reason = `${regionName(region)} has ${small}, or showing it would let a smaller region's figures be worked out, so its figures are hidden.`;
    } else if (path !== null && region === null) {
      reason = `${pathName(path)} has ${small}, or showing it would let a smaller path's figures be worked out, so its figures are hidden.`;
    } else if (region !== null && path !== null) {
      reason = `${pathName(path)} in ${regionName(region)} has ${small}, or showing it would let a smaller group be worked out, so its figures are hidden.`;
    } else reason = `This selection has ${small}, so its figures are hidden.`;
  }
  if (reason !== null || f === -1) {
    return {
      ...base,
      population: hidden('population'),
      reason,
      competencies: curriculum.competencies.map((c) => ({
        id: c.id,
        name: c.name,
        cells: levels.map(({ level }) => ({ level, learners: hidden('population'), atOrAbove: hidden('population') })),
      })),
      weeks: [],
      weekly: [],
      funnel: FUNNEL_STEPS.map(({ step, label, definition }) => ({
        step,
        label,
        definition,
        learners: hidden('population'),
      })),
      coarse: {
        suggested: false, // the reason says why everything is hidden; no grain is coarse enough
        months: [],
        competencies: targets.map((c) => ({
          ...c,
          monthly: [],
          now: { below: hidden('population'), atOrAbove: hidden('population') },
        })),
        overall: {
          monthly: [],
          now: { none: hidden('population'), some: hidden('population'), all: hidden('population') },
        },
      },
    };
  }

  const population: LearnerCount = { count: plan.population[f]!, suppressed: null };
  const now = plan.weeks.length;
  const competencies = curriculum.competencies.map((c) => {
    const { counts, cells } = rowOf(plan.competencies.get(c.id)!, f, now);
    const above = atOrAbove(counts, cells);
    return {
      id: c.id,
      name: c.name,
      cells: levels.map(({ level }, i) => ({ level, learners: cells[i]!, atOrAbove: above[i]! })),
    };
  });
  const weekly = curriculum.competencies.map((c) => ({
    competency: c.id,
    rows: plan.weeks.map((week, t) => ({
      week,
      learners: population,
      levels: rowOf(plan.competencies.get(c.id)!, f, t).cells,
    })),
  }));
  // Each step counts learners at that depth of the funnel or deeper: shown only when the shown depths determine it.
  const depths = rowOf(plan.funnel, f, 0);
  const reached = atOrAbove(depths.counts, depths.cells);
  const funnel = FUNNEL_STEPS.map(({ step, label, definition }, i) => {
    const cell = reached[i + 1]!;
    const n = depths.counts.slice(i + 1).reduce((a, b) => a + b, 0);
    return {
      step,
      label,
      definition,
      learners: cell.count === null && n > 0 && n < minGroup ? hidden('fewer-than-minimum') : cell,
    };
  });
  const coarse = { ...coarseOf(plan, f, targets), suggested: mostlyHidden(competencies) };
  return { ...base, population, reason, competencies, weeks: plan.weeks, weekly, funnel, coarse };
}

/**
 * Builds the workforce report for COE leads from every learner's standing (see `planWorkforce` for
 * the suppression, small-cell suppression to k-anonymity over every report a lead can request).
 */
export function buildWorkforceReport(
  all: readonly LearnerStanding[],
  curriculum: PlannerCurriculum,
  filter: WorkforceFilter,
  minGroup: number,
): WorkforceReport {
  return reportFromPlan(planWorkforce(all, curriculum, minGroup), curriculum, filter);
}
