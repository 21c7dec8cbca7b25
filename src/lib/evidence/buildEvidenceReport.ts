import type { SuppressedCells } from '../workforce/suppressLinkedCells.ts';
import type { LearnerCount } from '../workforce/workforceReportSchema.ts';
import {
  ACTIVE,
  AT_OR_ABOVE,
  BELOW,
  COHORT_BANDS,
  DAYS_BANDS,
  ENROLLED,
  HOURS_BANDS,
  INVITED,
  STALL_CHUNK,
} from './evidenceAnswers.ts';
import type { EvidenceReport } from './evidenceReportSchema.ts';
import type { LearnerHistory } from './learnerHistory.ts';
import { type EvidenceCurriculum, type EvidencePlan, planEvidence } from './planEvidence.ts';
import type { ProgrammeEvent } from './programmeEventSchema.ts';
import { type EnteredSize, reachOfPopulation } from './reachOfPopulation.ts';

/** The filters a lead can apply; absent means all. */
export interface EvidenceFilter {
  region?: string | undefined;
  path?: string | undefined;
}

const hidden = (suppressed: LearnerCount['suppressed']): LearnerCount => ({ count: null, suppressed });

/**
 * A row's figure for a set of answers: the sum of their counts when every one is shown, or the
 * row's total minus the others when those are all shown; hidden otherwise. Never more than the
 * row's shown counts already tell.
 */
function countOf(
  cells: SuppressedCells,
  f: number,
  t: number,
  answers: readonly number[],
  total: number,
): LearnerCount {
  const counts = cells.counts[f]![t]!;
  const reasons = cells.suppressed[f]![t]!;
  const sum = (vs: readonly number[]) => vs.reduce((a, v) => a + counts[v]!, 0);
  if (answers.length === 1 && reasons[answers[0]!] !== null) return hidden(reasons[answers[0]!]!);
  if (answers.every((v) => reasons[v] === null)) return { count: sum(answers), suppressed: null };
  const others = counts.map((_, v) => v).filter((v) => !answers.includes(v));
  if (others.every((v) => reasons[v] === null)) return { count: total - sum(others), suppressed: null };
  return hidden('complementary');
}

/** `part / whole` when both are shown and the whole is not empty. */
const shareOf = (part: LearnerCount, whole: LearnerCount) =>
  part.count === null || whole.count === null || whole.count === 0 ? null : part.count / whole.count;

/** The lower median of a distribution (index of the answer), when every count of it is shown. */
function medianOf(cells: readonly LearnerCount[]): number | null {
  if (cells.some((c) => c.count === null)) return null;
  const n = cells.reduce((a, c) => a + c.count!, 0);
  if (n === 0) return null;
  let seen = 0;
  return cells.findIndex((c) => {
    seen += c.count!;
    return seen > (n - 1) / 2;
  });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The evidence report for one filter, read from a plan made for every filter at once
 * (`planEvidence`): growth, reach, adoption and cohorts, with the programme events of its months.
 * A filter the plan withholds gives every count hidden and a `reason`.
 */
export function evidenceReportFromPlan(
  plan: EvidencePlan,
  curriculum: EvidenceCurriculum,
  filter: EvidenceFilter,
  events: ReadonlyArray<ProgrammeEvent & { id?: string }>,
  population: readonly EnteredSize[] = [],
): EvidenceReport {
  const region = filter.region ?? null;
  const path = filter.path ?? null;
  const filterIndex = (r: string | null, p: string | null) =>
    plan.filters.findIndex((x) => x.region === r && x.path === p);
  const f = filterIndex(region, path);
  const open = f !== -1 && plan.shown[f] === true;
  const total = open ? plan.population[f]! : 0;
  const regionName = (id: string) => curriculum.regions.find((r) => r.id === id)?.name ?? 'Unknown region';
  const pathName = (id: string) => curriculum.paths.find((p) => p.id === id)?.title ?? 'No learning path';
  const reportable = (r: string | null, p: string | null) => plan.shown[filterIndex(r, p)] === true;
  const count = (cells: SuppressedCells, t: number, answers: readonly number[]) =>
    open ? countOf(cells, f, t, answers, total) : hidden('population');
  const top = Math.max(0, ...curriculum.scale.map((l) => l.level));
  const functions = plan.functionIds.map((id) => ({
    id,
    name: curriculum.functions.find((fn) => fn.id === id)?.name ?? 'Function not stated',
  }));
  const C = curriculum.competencies.length;
  const first = `${plan.months[0]}-01`;

  const growth = curriculum.competencies.map((c, k) => {
    const cells = plan.growth[k]!;
    const levels = (t: number) => range(top + 1).map((level) => count(cells, t, [level]));
    const gained = range(2 * top + 1).map((g) => count(cells, 2, [g]));
    const paired = count(cells, 0, range(top + 1));
    const daysToTarget = DAYS_BANDS.map((_, b) => count(cells, 3, [b]));
    const median = medianOf(gained);
    const medianDays = medianOf(daysToTarget);
    return {
      id: c.id,
      name: c.name,
      target: plan.targets[k]!,
      paired,
      before: levels(0),
      after: levels(1),
      gained,
      shareMovedUp: shareOf(
        count(
          cells,
          2,
          range(top).map((g) => g + top + 1),
        ),
        paired,
      ),
      medianGained: median === null ? null : median - top,
      daysToTarget,
      medianDaysBand: medianDays === null ? null : DAYS_BANDS[medianDays]!,
    };
  });

  const byFunction = (t: number) => functions.map((_, fn) => count(plan.reach, t, [fn]));
  const moduleRows = curriculum.modules.map((m, i) => {
    const cells = byFunction(1 + C + i);
    const stated = cells.slice(0, -1); // "unstated" is no function of its own
    return {
      id: m.id,
      name: m.title,
      functions: cells,
      functionsTakingPart: stated.filter((c) => c.count !== null && c.count > 0).length,
    };
  });

  const nested = (t: number, base: number) => ({
    invited: count(plan.adoption, t, [base + INVITED, base + ENROLLED, base + ACTIVE]),
    enrolled: count(plan.adoption, t, [base + ENROLLED, base + ACTIVE]),
    active: count(plan.adoption, t, [base + ACTIVE]),
  });

  const stalls = [
    ...curriculum.modules.map((m) => ({ id: m.id as string | null, name: m.title })),
    {
      id: null,
      name: 'Before completing a module',
    },
  ]
    .map((s, m) => ({ ...s, learners: count(plan.stalls, Math.floor(m / STALL_CHUNK), [1 + (m % STALL_CHUNK)]) }))
    .filter((s) => s.learners.count !== 0)
    .sort((a, b) => (b.learners.count ?? -1) - (a.learners.count ?? -1));

  const cohorts = plan.months.map((month, i) => {
    const band = (age: number, bands: readonly number[]) =>
      count(
        plan.cohorts,
        age,
        bands.map((b) => i * 3 + b),
      );
    const learners = band(0, [0, 1, 2]);
    return {
      month,
      learners,
      curve: range(plan.months.length - i).map((age) => ({
        age,
        oneModule: shareOf(band(age, [1, 2]), learners),
        threeModules: shareOf(band(age, [2]), learners),
      })),
    };
  });

  let reason: string | null = null;
  if (!open) {
    const small = `fewer than ${plan.minGroup} learners, or showing it would let a smaller group's figures be worked out`;
    const what =
      region !== null && path !== null
        ? `${pathName(path)} in ${regionName(region)}`
        : region !== null
          ? regionName(region)
          : path !== null
            ? pathName(path)
            : 'This selection';
    reason = `${what} has ${small}, so its figures are hidden.`;
  }

  const adoption = {
    ...nested(0, 0),
    byFunction: functions.map((fn, i) => ({ ...fn, ...nested(1, i * 3) })),
  };
  return {
    minGroup: plan.minGroup,
    asOf: plan.asOf,
    filter: { region, path },
    population: open ? { count: total, suppressed: null } : hidden('population'),
    reason,
    options: {
      regions: plan.regionIds.map((id) => ({ id, name: regionName(id), reportable: reportable(id, null) })),
      paths: plan.pathIds.map((id) => ({ id, name: pathName(id), reportable: reportable(null, id) })),
    },
    months: plan.months,
    events: events
      .filter((e) => e.date >= first && e.date <= plan.asOf)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ id, date, kind, label }) => (id === undefined ? { date, kind, label } : { id, date, kind, label })),
    levels: [{ level: 0, name: 'Not yet' }, ...curriculum.scale.map((l) => ({ level: l.level, name: l.name }))],
    growth,
    daysBands: DAYS_BANDS,
    reach: {
      functions,
      enrolled: byFunction(0),
      competencies: curriculum.competencies.map((c, k) => ({ id: c.id, name: c.name, functions: byFunction(1 + k) })),
      modules: moduleRows,
      sharedModules: moduleRows.filter((m) => m.functionsTakingPart >= 2).length,
    },
    adoption: {
      ...adoption,
      hours: open ? plan.hours[f]! : null,
      hoursBands: HOURS_BANDS.map((band, b) => ({ band, learners: count(plan.adoption, 2, [b]) })),
      atTarget: curriculum.competencies.map((c, k) => ({
        id: c.id,
        name: c.name,
        target: plan.targets[k]!,
        monthly: plan.months.map((month, t) => {
          const started = count(plan.atTarget[k]!, t, [BELOW, AT_OR_ABOVE]);
          const atOrAbove = count(plan.atTarget[k]!, t, [AT_OR_ABOVE]);
          return { month, started, atOrAbove, share: shareOf(atOrAbove, started) };
        }),
      })),
      stalls,
    },
    cohorts,
    reachOfPopulation: reachOfPopulation(
      adoption,
      { region, path },
      curriculum.regions.map((r) => r.id),
      population,
    ),
  };
}

/** Bands of modules completed that the cohorts' curves read (exported for the page's words). */
export { COHORT_BANDS };

/** Builds the evidence report for COE leads (see `planEvidence` for the small-group rule). */
export function buildEvidenceReport(
  all: readonly LearnerHistory[],
  curriculum: EvidenceCurriculum,
  options: {
    filter: EvidenceFilter;
    minGroup: number;
    asOf: string;
    events: readonly ProgrammeEvent[];
    population?: readonly EnteredSize[];
  },
): EvidenceReport {
  const plan = planEvidence(all, curriculum, options.minGroup, options.asOf);
  return evidenceReportFromPlan(plan, curriculum, options.filter, options.events, options.population);
}
