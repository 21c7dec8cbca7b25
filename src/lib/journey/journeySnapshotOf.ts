import type { JourneyContext } from './journeyMachine.ts';
import type { JourneyRecord, JourneyStage } from './journeyRecord.ts';
import type { JourneyStateValue } from './journeyRecordOf.ts';

const stateValues: Record<JourneyStage, JourneyStateValue> = {
  notStarted: 'notStarted',
  choosingRegion: { assessing: 'region' },
  assessing: { assessing: 'items' },
  planned: 'planned',
  learning: { learning: 'active' },
  reassessmentOffered: 'reassessmentOffered',
  reassessing: 'reassessing',
  completed: 'completed',
};

/**
 * The journey machine's persisted snapshot for a record, to start the machine from
 * (`createActor(machine, { snapshot })`), e.g. on a second device adopting the journey. What only
 * one device knows (an open suggestion, a curriculum-change notice) starts empty.
 */
export function journeySnapshotOf(record: JourneyRecord) {
  const context: JourneyContext = {
    region: record.region,
    answers: record.assessment.answers,
    cursor: record.assessment.cursor,
    scope: record.assessment.scope,
    round: record.assessment.round,
    estimates: record.levels,
    target: record.target,
    journey: record.plan,
    planned: record.planned,
    completed: record.progress.completed,
    testedOut: record.progress.testedOut,
    passedChecks: record.progress.passedChecks,
    failures: record.progress.failures,
    currentModuleId: record.progress.currentModuleId,
    suggestion: null,
    curriculumVersion: record.curriculumVersion,
    changes: [],
  };
  return { status: 'active' as const, value: stateValues[record.stage], historyValue: {}, context, children: {} };
}
