import { factsOfJourney, isDone, moduleStatus, nextModule } from '../progress/moduleStatus';
import type { JourneyContext } from './journeyMachine';
import { journeyModuleIds } from './journeyModuleIds';
import type { PlannerCurriculum } from './plannerCurriculum';

/** Where a module of the journey stands: done (completed or tested out), the one to continue with, or still to do. */
export type StepStatus = 'completed' | 'tested-out' | 'upNext' | 'toDo';

/** The message that names each step status on the journey page. */
export const STEP_STATUS_MESSAGE = {
  completed: 'status.completed',
  'tested-out': 'status.tested-out',
  upNext: 'journeyView.upNext',
  toDo: 'journeyView.toDo',
} as const satisfies Record<StepStatus, string>;

/** What the journey page shows of a planned journey, computed once for the page's first view and its island alike. */
export interface JourneyOverview {
  /** The journey's modules in plan order. */
  ids: string[];
  finished: ReadonlySet<string>;
  /** The first module not yet done: what "Start" and "Continue" open. */
  current: string | undefined;
  minutesLeft: number;
  /** Modules the assessment says the learner masters and has not finished: test-out candidates. */
  likelyKnown: string[];
  stepStatus(moduleId: string): StepStatus;
}

/** The overview of the journey in `context` (the machine's context, or a stored snapshot's), over the planner's modules. */
export function journeyOverview(
  context: Pick<JourneyContext, 'journey' | 'completed' | 'testedOut' | 'passedChecks' | 'failures'>,
  curriculum: Pick<PlannerCurriculum, 'modules'>,
): JourneyOverview {
  const duration = new Map(curriculum.modules.map((m) => [m.id, m.duration]));
  const ids = journeyModuleIds(context.journey);
  const facts = factsOfJourney(context);
  const finished = new Set(ids.filter((id) => isDone(moduleStatus(id, facts))));
  const current = nextModule(ids, facts);
  const likelyKnown = (context.journey?.stages ?? [])
    .flatMap((s) => s.steps)
    .filter((step) => step.mastered && !finished.has(step.moduleId))
    .map((step) => step.moduleId);
  return {
    ids,
    finished,
    current,
    minutesLeft: ids.filter((id) => !finished.has(id)).reduce((n, id) => n + (duration.get(id) ?? 0), 0),
    likelyKnown,
    stepStatus: (id) =>
      finished.has(id) ? (moduleStatus(id, facts) as 'completed' | 'tested-out') : id === current ? 'upNext' : 'toDo',
  };
}
