import type { LearnerHistory } from './learnerHistory.ts';
import { monthEnd } from './monthsEndingAt.ts';
import type { EvidenceCurriculum } from './planEvidence.ts';

/** Bands of days from the first self-assessment to the first one at the target level (paired learners). */
export const DAYS_BANDS = [
  'already at target',
  'within 30 days',
  '31 to 90 days',
  '91 to 180 days',
  'over 180 days',
  'not yet',
];
const DAYS_LIMITS = [30, 90, 180];
/** Bands of hours of learning. */
export const HOURS_BANDS = ['none', 'under 1 hour', '1 to 5 hours', '5 to 10 hours', '10 hours or more'];
const HOURS_LIMITS = [1, 5, 10];
/** Bands of modules completed, for the cohorts' progress curves. */
export const COHORT_BANDS = ['no module', '1 or 2 modules', '3 modules or more'];
/** Adoption depths: invited only, enrolled (a learning event), active (one in the last `ACTIVE_DAYS`). */
export const INVITED = 0;
export const ENROLLED = 1;
export const ACTIVE = 2;
/** A learner is active with a learning event in this many days up to the report's date; stalled otherwise, journey unfinished. */
export const ACTIVE_DAYS = 30;
/** Answers of the "share at target over time" families. */
export const NOT_STARTED = 0;
export const BELOW = 1;
export const AT_OR_ABOVE = 2;

const DAY = 86_400_000;
/** The band `value` falls in: the first limit it is at most (or under, when `strict`), or past the last. */
const band = (value: number, limits: readonly number[], strict = false) => {
  const i = limits.findIndex((limit) => (strict ? value < limit : value <= limit));
  return i === -1 ? limits.length : i;
};

/** A family of linked tables: per learner, an answer at each time point. */
export interface Family {
  answers: number[][];
  times: number;
  values: number;
}

/** The encodings of the growth family: before, after, levels gained (offset by the top level), days band. */
export const growthCoding = (topLevel: number) => ({ values: 2 * topLevel + 2, notPaired: 2 * topLevel + 1 });

/**
 * Every learner's answers in every evidence family (see `planEvidence`): what each figure counts,
 * worked out once per learner so the suppression reads numbers only.
 */
export function evidenceAnswers(
  all: readonly LearnerHistory[],
  context: {
    curriculum: EvidenceCurriculum;
    functionIds: readonly string[];
    months: readonly string[];
    targets: readonly number[];
    asOf: string;
  },
): { growth: Family[]; reach: Family; adoption: Family; atTarget: Family[]; stalls: Family; cohorts: Family } {
  const { curriculum, functionIds, months, targets, asOf } = context;
  const competencies = curriculum.competencies.map((c) => c.id);
  const modules = curriculum.modules.map((m) => m.id);
  const top = Math.max(0, ...curriculum.scale.map((l) => l.level));
  const clamp = (level: number) => Math.min(Math.max(level, 0), top);
  const { values: growthValues, notPaired } = growthCoding(top);
  const functions = functionIds.length;
  const ends = months.map((m) => Date.parse(monthEnd(m)));
  const activeSince = Date.parse(`${asOf}T00:00:00Z`) + DAY - ACTIVE_DAYS * DAY;
  const developed = curriculum.modules.map((m) => new Map(m.develops.map((d) => [d.competency, d.level])));
  const pathModules = new Map(curriculum.paths.map((p) => [p.id, p.stages.flatMap((s) => s.modules)]));

  const growth = competencies.map((): Family => ({ answers: [], times: 4, values: growthValues }));
  const atTarget = competencies.map((): Family => ({ answers: [], times: months.length, values: 3 }));
  const reach: Family = { answers: [], times: 1 + competencies.length + modules.length, values: functions + 1 };
  const adoption: Family = { answers: [], times: 3, values: Math.max(3 * functions, HOURS_BANDS.length) };
  const stalls: Family = { answers: [], times: 1, values: modules.length + 2 };
  const cohorts: Family = { answers: [], times: months.length, values: 3 * months.length + 1 };

  for (const l of all) {
    const fn = functionIds.includes(l.function) ? functionIds.indexOf(l.function) : functions - 1; // unstated is last
    const assessed = l.assessments.map((a) => ({ at: Date.parse(a.at), levels: a.levels }));
    const done = l.completions
      .map((c) => ({ at: Date.parse(c.at), module: modules.indexOf(c.module) }))
      .filter((c) => c.module >= 0)
      .sort((a, b) => a.at - b.at);
    const enrolled = l.startedAt !== undefined;
    const active = l.lastActiveAt !== undefined && Date.parse(l.lastActiveAt) >= activeSince;
    /** The level of competency `k` before instant `t`: the latest self-assessment's, or a completed module's if higher. */
    const levelAt = (k: number, t: number) => {
      const assessment = assessed.filter((a) => a.at < t).at(-1);
      let level = assessment?.levels[competencies[k]!] ?? 0;
      for (const d of done) if (d.at < t) level = Math.max(level, developed[d.module]!.get(competencies[k]!) ?? 0);
      return clamp(level);
    };

    competencies.forEach((c, k) => {
      if (assessed.length < 2) {
        growth[k]!.answers.push([notPaired, notPaired, notPaired, notPaired]);
      } else {
        const before = clamp(assessed[0]!.levels[c] ?? 0);
        const after = clamp(assessed.at(-1)!.levels[c] ?? 0);
        const reached = assessed.findIndex((a) => (a.levels[c] ?? 0) >= targets[k]!);
        const days =
          reached === -1
            ? DAYS_BANDS.length - 1
            : reached === 0
              ? 0
              : 1 + band((assessed[reached]!.at - assessed[0]!.at) / DAY, DAYS_LIMITS);
        growth[k]!.answers.push([before, after, after - before + top, days]);
      }
      const startedAt = enrolled ? Date.parse(l.startedAt!) : Infinity;
      atTarget[k]!.answers.push(
        ends.map((end) => (startedAt >= end ? NOT_STARTED : levelAt(k, end) >= targets[k]! ? AT_OR_ABOVE : BELOW)),
      );
    });

    const none = functions;
    reach.answers.push([
      enrolled ? fn : none,
      ...competencies.map((c) => (done.some((d) => developed[d.module]!.has(c)) ? fn : none)),
      ...modules.map((_, m) => (done.some((d) => d.module === m) ? fn : none)),
    ]);

    const depth = !enrolled ? INVITED : active ? ACTIVE : ENROLLED;
    adoption.answers.push([depth, fn * 3 + depth, l.hours === 0 ? 0 : 1 + band(l.hours, HOURS_LIMITS, true)]);

    const path = pathModules.get(l.path);
    const finished = path?.every((m) => done.some((d) => modules[d.module] === m));
    const stalled = enrolled && !active && finished !== true;
    stalls.answers.push([stalled ? (done.at(-1)?.module ?? modules.length) : modules.length + 1]);

    const notYet = 3 * months.length;
    // Learners who started before the series count in its first cohort.
    const startMonth = enrolled ? l.startedAt!.slice(0, 7) : null;
    const cohort = startMonth === null ? -1 : startMonth < months[0]! ? 0 : months.indexOf(startMonth);
    cohorts.answers.push(
      months.map((_, age) => {
        if (cohort === -1) return notYet;
        const at = cohort + age;
        if (at >= months.length) return notYet;
        const completed = done.filter((d) => d.at < ends[at]!).length;
        return cohort * 3 + (completed === 0 ? 0 : completed <= 2 ? 1 : 2);
      }),
    );
  }
  return { growth, reach, adoption, atTarget, stalls, cohorts };
}
