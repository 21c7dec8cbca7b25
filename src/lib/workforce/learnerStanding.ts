import { scoreAssessment } from '../assessment/scoreAssessment.ts';
import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { competencyLevelsReached, deriveProgress, doneModules, type Progress } from '../progress/deriveProgress.ts';
import type { LearningStatement } from '../progress/statements.ts';
import { activityId, EXTENSIONS, VERBS } from '../progress/xapiIds.ts';
import { isoWeek } from './isoWeek.ts';
import { type JourneyState, readJourneyState } from './readJourneyState.ts';

/** The region filter's value for learners whose State document is missing or names no known region. */
export const UNKNOWN_REGION = 'unknown';
/** The path filter's value for learners whose journey targets no known learning path. */
export const NO_PATH = 'none';

/** What the server knows of one learner: their statements (voided ones may be left out) and their journey State document. */
export interface LearnerRecord {
  statements: readonly LearningStatement[];
  /** The parsed JSON of the journey State document, when there is one. */
  journeyState?: unknown;
}

/** Which funnel steps a learner has reached, each on its own (the report nests them). */
export interface FunnelFlags {
  assessed: boolean;
  planned: boolean;
  completedModule: boolean;
  completedJourney: boolean;
}

/** One learner's standing: filters, current level per competency, the level at the end of each active week, funnel steps. */
export interface LearnerStanding {
  region: string;
  path: string;
  /** Level per competency of the curriculum (0 = not yet). */
  levels: Record<string, number>;
  /** The levels at the end of every ISO week with at least one statement, oldest first. */
  history: Array<{ week: string; levels: Record<string, number> }>;
  funnel: FunnelFlags;
}

/** Current level per competency: the higher of the self-assessment's estimate and the highest level of a module done. */
function levelsFrom(progress: Progress, curriculum: PlannerCurriculum): Record<string, number> {
  const answers = Object.fromEntries(Object.entries(progress.assessment).map(([item, a]) => [item, a.option]));
  const assessed = Object.fromEntries(
    scoreAssessment(curriculum.assessment, answers).map((e) => [e.competency, e.level]),
  );
  const learned = competencyLevelsReached(progress, curriculum.modules);
  return Object.fromEntries(
    curriculum.competencies.map((c) => [c.id, Math.max(assessed[c.id] ?? 0, learned[c.id] ?? 0)]),
  );
}

// Plain code-unit order (as deriveProgress's ordering for these ASCII strings), without localeCompare's cost.
const byTime = (a: LearningStatement, b: LearningStatement) =>
  a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A statement's time as the workforce counts it: its timestamp, but never later than when the LRS
 * stored it, so a learner cannot post into the future and move everyone's weekly series.
 */
const notAfterStored = (s: LearningStatement): LearningStatement =>
  s.stored !== undefined && Date.parse(s.stored) < Date.parse(s.timestamp) ? { ...s, timestamp: s.stored } : s;

/** The weekly series covers at most this many weeks, the latest ones. */
export const MAX_WEEKS = 52;

/** What a learner's statements alone say (the journey State document adds region, path and "planned"). */
export interface StatementStanding {
  levels: Record<string, number>;
  history: LearnerStanding['history'];
  funnel: Omit<FunnelFlags, 'planned'> & { journeyProgress: boolean };
}

/**
 * Derives what a learner's statements say, from the same log their browser keeps: assessed levels
 * are the self-assessment scored as the journey scores it (latest answer per item, median rounded
 * down), learned levels those of modules completed or tested out (`deriveProgress`), voiding
 * applied (a voided statement counts in no week). The history keeps only the latest `MAX_WEEKS + 1`
 * active weeks — all a weekly series ending at or after the learner's last week can show, the oldest
 * carried into it — and each week is derived from the evidence that decides levels (the latest
 * answer per assessment item, the first completion or pass per module), so its cost grows with
 * statements, not with statements × weeks.
 */
export function standingFromStatements(
  statements: readonly LearningStatement[],
  curriculum: PlannerCurriculum,
): StatementStanding {
  const log = statements.map(notAfterStored).sort(byTime);
  const voidedIds = new Set(
    log
      .filter((s) => s.verb.id === VERBS.voided.id && s.object.objectType === 'StatementRef')
      .map((s) => String((s.object as { id: string }).id)),
  );
  const byWeek = new Map<string, LearningStatement[]>();
  for (const s of log) {
    if (voidedIds.has(s.id) || s.verb.id === VERBS.voided.id) continue;
    const week = isoWeek(s.timestamp);
    (byWeek.get(week) ?? byWeek.set(week, []).get(week)!).push(s);
  }
  const weeks = [...byWeek.keys()].sort();
  const kept = new Set(weeks.slice(-(MAX_WEEKS + 1)));
  const items = new Set(
    curriculum.assessment.flatMap((bank) => bank.items.map((item) => activityId.assessmentItem(item.id))),
  );
  const modules = new Set(curriculum.modules.map((m) => activityId.module(m.id)));
  const evidence = new Map<string, LearningStatement>();
  const history: LearnerStanding['history'] = [];
  for (const week of weeks) {
    for (const s of byWeek.get(week)!) {
      const object = 'id' in s.object ? String(s.object.id) : '';
      if (items.has(object) && s.verb.id === VERBS.answered.id) evidence.set(object, s);
      const key = `${object} ${s.verb.id} ${String(s.result?.extensions?.[EXTENSIONS.testOut])}`;
      if (modules.has(object) && !evidence.has(key)) evidence.set(key, s);
    }
    if (kept.has(week)) history.push({ week, levels: levelsFrom(deriveProgress([...evidence.values()]), curriculum) });
  }
  const progress = deriveProgress(log);
  const journeyProgress = log.filter(
    (s) =>
      s.verb.id === VERBS.progressed.id &&
      'id' in s.object &&
      s.object.id === activityId.journey() &&
      !voidedIds.has(s.id),
  );
  return {
    levels: levelsFrom(progress, curriculum),
    history,
    funnel: {
      assessed: Object.keys(progress.assessment).length > 0,
      completedModule: doneModules(progress).length > 0,
      completedJourney: journeyProgress.at(-1)?.result?.completion === true,
      journeyProgress: journeyProgress.length > 0,
    },
  };
}

/** A learner's standing: what their statements say, with region, path and "planned" from their journey State document. */
export function withJourneyState(
  part: StatementStanding,
  journeyState: unknown,
  curriculum: PlannerCurriculum,
): LearnerStanding {
  return withJourney(part, readJourneyState(journeyState), curriculum);
}

/** `withJourneyState` from the document already read (`readJourneyState`; undefined: none, or not a journey). */
export function withJourney(
  part: StatementStanding,
  state: JourneyState | undefined,
  curriculum: PlannerCurriculum,
): LearnerStanding {
  const region =
    state !== undefined && curriculum.regions.some((r) => r.id === state.region) ? state.region : UNKNOWN_REGION;
  const path = state?.pathId != null && curriculum.paths.some((p) => p.id === state.pathId) ? state.pathId : NO_PATH;
  const { journeyProgress, ...flags } = part.funnel;
  return {
    region,
    path,
    levels: part.levels,
    history: part.history,
    funnel: { ...flags, planned: state?.planned === true || journeyProgress },
  };
}

/** Derives a learner's standing from their statements and journey State document (`standingFromStatements`, `withJourneyState`). */
export function learnerStanding(record: LearnerRecord, curriculum: PlannerCurriculum): LearnerStanding {
  return withJourneyState(standingFromStatements(record.statements, curriculum), record.journeyState, curriculum);
}
