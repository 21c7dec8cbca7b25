import type { JourneyContext } from './journeyMachine.ts';
import type { JourneyRecord, JourneyStage } from './journeyRecord.ts';

/** The journey machine's state as XState reports it: a state name, or `{ parent: child }`. */
export type JourneyStateValue = string | Record<string, unknown>;

const namedAlike: readonly string[] = [
  'notStarted',
  'planned',
  'learning',
  'reassessmentOffered',
  'reassessing',
  'completed',
] satisfies JourneyStage[];

/** The record's stage for a machine state value (the transient `replanned` never rests; unknown ones read as not started). */
export function stageOf(value: JourneyStateValue): JourneyStage {
  const [parent, child] = typeof value === 'string' ? [value] : (Object.entries(value)[0] ?? []);
  if (parent === 'assessing') return child === 'region' ? 'choosingRegion' : 'assessing';
  if (parent === 'replanned') return 'planned';
  return parent !== undefined && namedAlike.includes(parent) ? (parent as JourneyStage) : 'notStarted';
}

/** When the record was made: `updatedAt` the journey's last change, `assessedAt` its last scoring. */
export interface RecordTimes {
  updatedAt: string;
  assessedAt: string | null;
}

/** The record of a journey machine's state and context. */
export function journeyRecordOf(
  snapshot: { value: JourneyStateValue; context: JourneyContext },
  times: RecordTimes,
): JourneyRecord {
  const { context } = snapshot;
  return {
    version: 1,
    region: context.region,
    target: context.target,
    stage: stageOf(snapshot.value),
    assessment: {
      round: context.round,
      scope: context.scope ?? null,
      cursor: context.cursor,
      answers: { ...context.answers },
    },
    levels: context.estimates,
    plan: context.journey,
    planned: context.planned,
    progress: {
      completed: context.completed,
      testedOut: context.testedOut,
      passedChecks: context.passedChecks,
      failures: context.failures,
      currentModuleId: context.currentModuleId,
    },
    curriculumVersion: context.curriculumVersion,
    assessedAt: times.assessedAt,
    updatedAt: times.updatedAt,
  };
}
