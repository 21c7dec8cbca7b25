import { scoreAssessment } from '../assessment/scoreAssessment.ts';
import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { competencyLevelsReached, deriveProgress, doneModules, type Progress } from '../progress/deriveProgress.ts';
import { activityId, VERBS, type LearningStatement } from '../progress/statements.ts';
import { isoWeek } from './isoWeek.ts';
import { readJourneyState } from './readJourneyState.ts';

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
  const assessed = Object.fromEntries(scoreAssessment(curriculum.assessment, answers).map((e) => [e.competency, e.level]));
  const learned = competencyLevelsReached(progress, curriculum.modules);
  return Object.fromEntries(curriculum.competencies.map((c) => [c.id, Math.max(assessed[c.id] ?? 0, learned[c.id] ?? 0)]));
}

const byTime = (a: LearningStatement, b: LearningStatement) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id);

/**
 * Derives a learner's standing from the same log their browser keeps: assessed levels are the
 * self-assessment scored as the journey scores it (latest answer per item, median rounded down),
 * learned levels those of modules completed or tested out (`deriveProgress`), voiding applied.
 */
export function learnerStanding(record: LearnerRecord, curriculum: PlannerCurriculum): LearnerStanding {
  const state = readJourneyState(record.journeyState);
  const region = state !== undefined && curriculum.regions.some((r) => r.id === state.region) ? state.region : UNKNOWN_REGION;
  const path = state?.pathId != null && curriculum.paths.some((p) => p.id === state.pathId) ? state.pathId : NO_PATH;

  const log = [...record.statements].sort(byTime);
  const progress = deriveProgress(log);
  const weeks = [...new Set(log.map((s) => isoWeek(s.timestamp)))];
  const history = weeks.map((week) => ({ week, levels: levelsFrom(deriveProgress(log.filter((s) => isoWeek(s.timestamp) <= week)), curriculum) }));

  const voided = new Set(log.filter((s) => s.verb.id === VERBS.voided.id && s.object.objectType === 'StatementRef').map((s) => String((s.object as { id: string }).id)));
  const journeyProgress = log.filter((s) => s.verb.id === VERBS.progressed.id && 'id' in s.object && s.object.id === activityId.journey() && !voided.has(s.id));
  return {
    region,
    path,
    levels: levelsFrom(progress, curriculum),
    history,
    funnel: {
      assessed: Object.keys(progress.assessment).length > 0,
      planned: state?.planned === true || journeyProgress.length > 0,
      completedModule: doneModules(progress).length > 0,
      completedJourney: journeyProgress.at(-1)?.result?.completion === true,
    },
  };
}
