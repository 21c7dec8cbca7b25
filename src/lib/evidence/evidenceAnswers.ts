import { monthEnd } from './monthsEndingAt.ts';
import type { PlacedLearner } from './placedLearner.ts';
import type { EvidenceCurriculum } from './planEvidence.ts';
import type { StoredHistory } from './storedHistory.ts';

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

/** Every evidence family, each with every learner's answers, and every learner's hours of learning. */
export interface EvidenceFamilies {
  growth: Family[];
  reach: Family;
  adoption: Family;
  atTarget: Family[];
  stalls: Family;
  cohorts: Family;
  hours: number[];
}

/** Where journeys stall is answered per chunk of this many modules: answer 1 + the module's place in its chunk, 0 for none. */
export const STALL_CHUNK = 60;

/** Learners worked out between two yields of `evidenceAnswersSteps`. */
const LEARNERS_PER_STEP = 100;

/** One learner's answers in every evidence family (a row of each family's `answers`), and their hours. */
export interface LearnerAnswers {
  hours: number;
  growth: number[][];
  atTarget: number[][];
  reach: number[];
  adoption: number[];
  stalls: number[];
  cohorts: number[];
}

/** What a learner's answers depend on besides their history: the report's curriculum, functions, months, targets and date. */
export interface AnswersContext {
  curriculum: EvidenceCurriculum;
  functionIds: readonly string[];
  months: readonly string[];
  targets: readonly number[];
  asOf: string;
}

/**
 * Every learner's answers in every evidence family (see `planEvidence`): what each figure counts,
 * worked out once per learner so the suppression reads numbers only. In steps of
 * `LEARNERS_PER_STEP` learners, so a caller can let other work run between them. A learner found in
 * `known` (answers worked out before in the same context, kept by the caller for learners whose
 * history and place did not change) is not worked out again; the others are added to it.
 */
export function* evidenceAnswersSteps(
  all: readonly PlacedLearner[],
  context: AnswersContext,
  known?: WeakMap<PlacedLearner, LearnerAnswers>,
): Generator<void, EvidenceFamilies> {
  const { curriculum, months } = context;
  const M = curriculum.modules.length;
  const C = curriculum.competencies.length;
  const top = Math.max(0, ...curriculum.scale.map((l) => l.level));
  const answersOf = learnerAnswers(context);
  const growth = curriculum.competencies.map(
    (): Family => ({ answers: [], times: 4, values: growthCoding(top).values }),
  );
  const atTarget = curriculum.competencies.map((): Family => ({ answers: [], times: months.length, values: 3 }));
  const reach: Family = { answers: [], times: 1 + C + M, values: context.functionIds.length + 1 };
  const adoption: Family = {
    answers: [],
    times: 3,
    values: Math.max(3 * context.functionIds.length, HOURS_BANDS.length),
  };
  // Modules (then "before any module") in chunks of STALL_CHUNK, one time point each: any number of modules fits in the answers' limit.
  const stalls: Family = { answers: [], times: Math.ceil((M + 1) / STALL_CHUNK), values: STALL_CHUNK + 1 };
  const cohorts: Family = { answers: [], times: months.length, values: 3 * months.length + 1 };
  const hours: number[] = [];
  let worked = 0;
  for (const l of all) {
    let row = known?.get(l);
    if (row === undefined) {
      if (worked > 0 && worked % LEARNERS_PER_STEP === 0) yield;
      worked += 1;
      row = answersOf(l.history(), l);
      known?.set(l, row);
    }
    for (let k = 0; k < C; k++) {
      growth[k]!.answers.push(row.growth[k]!);
      atTarget[k]!.answers.push(row.atTarget[k]!);
    }
    reach.answers.push(row.reach);
    adoption.answers.push(row.adoption);
    stalls.answers.push(row.stalls);
    cohorts.answers.push(row.cohorts);
    hours.push(row.hours);
  }
  return { growth, reach, adoption, atTarget, stalls, cohorts, hours };
}

/**
 * How one learner's answers are worked out in `context` (what every learner shares is worked out
 * once, here). Plain loops over numbers, each learner's levels read into arrays once: a process's
 * first plan runs this before the compiler has warmed to it (a server plans as it starts), where
 * every callback, iterator and keyed read counts.
 */
export function learnerAnswers(
  context: AnswersContext,
): (l: StoredHistory, place: Pick<PlacedLearner, 'function' | 'path'>) => LearnerAnswers {
  const { curriculum, functionIds, months, targets, asOf } = context;
  const competencies = curriculum.competencies.map((c) => c.id);
  const moduleIndex = new Map(curriculum.modules.map((m, i) => [m.id, i]));
  const M = curriculum.modules.length;
  const C = competencies.length;
  const T = months.length;
  const top = Math.max(0, ...curriculum.scale.map((l) => l.level));
  const clamp = (level: number) => Math.min(Math.max(level, 0), top);
  const { notPaired } = growthCoding(top);
  const functions = functionIds.length;
  const ends = months.map((m) => Date.parse(monthEnd(m)));
  const activeSince = Date.parse(`${asOf}T00:00:00Z`) + DAY - ACTIVE_DAYS * DAY;
  // Per module: the level it develops in each competency (0 when none).
  const developed = curriculum.modules.map((m) =>
    competencies.map((c) => m.develops.find((d) => d.competency === c)?.level ?? 0),
  );
  const pathModules = new Map(
    curriculum.paths.map((p) => [p.id, p.stages.flatMap((s) => s.modules.map((id) => moduleIndex.get(id) ?? -1))]),
  );
  const stallTimes = Math.ceil((M + 1) / STALL_CHUNK);
  const none = functions;
  const notYet = 3 * T;
  // Working space every learner reuses (only the rows returned are new): a thousand learners' first
  // plan would otherwise allocate, and collect, each of these a thousand times.
  const isDone = new Uint8Array(M);
  const doneAt: number[] = [];
  const doneModule: number[] = [];
  const learned = new Array<number>(C);
  const doneBy = new Array<number>(T);

  return (l, place) => {
    const fnAt = functionIds.indexOf(place.function);
    const fn = fnAt === -1 ? functions - 1 : fnAt; // unstated is last
    // Self-assessments in their stored order (oldest first): when, and the level per competency (0 when not named).
    const A = l.assessments.length;
    const assessedAt = new Array<number>(A);
    const assessedLevels = new Array<number[]>(A);
    for (let i = 0; i < A; i++) {
      const { at, levels } = l.assessments[i]!;
      assessedAt[i] = at;
      const row = new Array<number>(C);
      for (let k = 0; k < C; k++) row[k] = levels[competencies[k]!] ?? 0;
      assessedLevels[i] = row;
    }
    // Completions of the curriculum's modules, by time: an insertion sort (stable: ties keep the stored
    // order), one comparison each for a history stored in time order, and no comparator calls.
    doneAt.length = 0;
    doneModule.length = 0;
    isDone.fill(0);
    for (let i = 0; i < l.completed.length; i++) {
      const module = moduleIndex.get(l.completed[i]!);
      if (module === undefined) continue;
      const time = l.completedAt[i]!;
      let j = doneAt.length;
      doneAt.push(time);
      doneModule.push(module);
      for (; j > 0 && doneAt[j - 1]! > time; j--) {
        doneAt[j] = doneAt[j - 1]!;
        doneModule[j] = doneModule[j - 1]!;
      }
      doneAt[j] = time;
      doneModule[j] = module;
      isDone[module] = 1;
    }
    const doneCount = doneAt.length;
    const enrolled = l.startedAt !== undefined;
    const startedAt = l.startedAt ?? Infinity;
    const active = l.lastActiveAt !== undefined && l.lastActiveAt >= activeSince;

    // At each month's end, per competency: the latest self-assessment's level, or a completed module's if
    // higher, against the target; and the modules done by then. One sweep.
    const atTargetRow: number[][] = [];
    for (let k = 0; k < C; k++) atTargetRow.push(new Array<number>(T));
    learned.fill(0);
    let a = 0;
    let d = 0;
    for (let t = 0; t < T; t++) {
      const end = ends[t]!;
      while (a < A && assessedAt[a]! < end) a += 1;
      while (d < doneCount && doneAt[d]! < end) {
        const levels = developed[doneModule[d]!]!;
        for (let k = 0; k < C; k++) if (levels[k]! > learned[k]!) learned[k] = levels[k]!;
        d += 1;
      }
      doneBy[t] = d;
      const latest = a === 0 ? undefined : assessedLevels[a - 1]!;
      for (let k = 0; k < C; k++) {
        const level = Math.min(Math.max(latest === undefined ? 0 : latest[k]!, learned[k]!, 0), top);
        atTargetRow[k]![t] = startedAt >= end ? NOT_STARTED : level >= targets[k]! ? AT_OR_ABOVE : BELOW;
      }
    }

    const growthRow: number[][] = [];
    for (let k = 0; k < C; k++) {
      if (A < 2) {
        growthRow.push([notPaired, notPaired, notPaired, notPaired]);
        continue;
      }
      const before = clamp(assessedLevels[0]![k]!);
      const after = clamp(assessedLevels[A - 1]![k]!);
      let reached = 0;
      while (reached < A && assessedLevels[reached]![k]! < targets[k]!) reached += 1;
      const days =
        reached === A
          ? DAYS_BANDS.length - 1
          : reached === 0
            ? 0
            : 1 + band((assessedAt[reached]! - assessedAt[0]!) / DAY, DAYS_LIMITS);
      growthRow.push([before, after, after - before + top, days]);
    }

    // Reach: the function of an enrolled learner, of each competency a completed module develops, of each completed module.
    const row = new Array<number>(1 + C + M).fill(none);
    if (enrolled) row[0] = fn;
    for (let m = 0; m < M; m++) {
      if (!isDone[m]) continue;
      row[1 + C + m] = fn;
      const levels = developed[m]!;
      for (let k = 0; k < C; k++) if (levels[k]! > 0) row[1 + k] = fn;
    }

    const depth = !enrolled ? INVITED : active ? ACTIVE : ENROLLED;
    const adoptionRow = [depth, fn * 3 + depth, l.hours === 0 ? 0 : 1 + band(l.hours, HOURS_LIMITS, true)];

    const path = pathModules.get(place.path);
    let finished = path !== undefined;
    if (path !== undefined)
      for (let i = 0; i < path.length; i++) if (path[i]! < 0 || !isDone[path[i]!]) finished = false;
    const stalled = enrolled && !active && !finished;
    const stoppedAt = stalled ? (doneCount === 0 ? M : doneModule[doneCount - 1]!) : -1;
    const stop = new Array<number>(stallTimes).fill(0);
    if (stoppedAt >= 0) stop[Math.floor(stoppedAt / STALL_CHUNK)] = 1 + (stoppedAt % STALL_CHUNK);

    // Learners who started before the series count in its first cohort.
    // The month started in (UTC): the first whose end is after the start; past the series' end, none.
    let cohort = -1;
    if (enrolled) for (let t = 0; t < T && cohort === -1; t++) if (startedAt < ends[t]!) cohort = t;
    const cohortsRow = new Array<number>(T);
    for (let age = 0; age < T; age++) {
      const at = cohort + age;
      if (cohort === -1 || at >= T) cohortsRow[age] = notYet;
      else {
        const completed = doneBy[at]!;
        cohortsRow[age] = cohort * 3 + (completed === 0 ? 0 : completed <= 2 ? 1 : 2);
      }
    }
    return {
      hours: l.hours,
      growth: growthRow,
      atTarget: atTargetRow,
      reach: row,
      adoption: adoptionRow,
      stalls: stop,
      cohorts: cohortsRow,
    };
  };
}
