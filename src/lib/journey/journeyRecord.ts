import { z } from 'zod';
import type { JourneyContext } from './journeyMachine.ts';
import type { Journey, JourneyTarget } from './planJourney.ts';

const id = z.string().min(1);
const level = z.int().min(0);
const competencyLevel = z.object({ competency: id, level });

/** What the learner aims at: the engagement model's defaults, a learning path, or one competency. */
export const journeyTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('model') }),
  z.object({ kind: z.literal('path'), pathId: id }),
  z.object({ kind: z.literal('competency'), competency: id, level }),
]) satisfies z.ZodType<JourneyTarget>;

/** The plan as the planner gives it: stages of ordered steps, each a module and why it is there. */
export const journeyPlanSchema = z.object({
  target: journeyTargetSchema,
  targets: z.array(competencyLevel),
  stages: z.array(
    z.object({
      level,
      steps: z.array(
        z.object({
          moduleId: id,
          reasons: z.array(z.object({ competency: id, from: level, to: level })),
          prerequisiteFor: z.array(id),
          mastered: z.boolean(),
        }),
      ),
    }),
  ),
  totalMinutes: z.number().min(0),
  uncovered: z.array(competencyLevel),
}) satisfies z.ZodType<Journey>;

/** Where the learner is in the journey; `choosingRegion` is the first screen of the self-assessment. */
export const journeyStageSchema = z.enum([
  'notStarted',
  'choosingRegion',
  'assessing',
  'planned',
  'learning',
  'reassessmentOffered',
  'reassessing',
  'completed',
]);
export type JourneyStage = z.infer<typeof journeyStageSchema>;

/**
 * The learner's journey as it is synced and read outside the browser (the LRS's journey State
 * document, workforce figures, the home page): what they aim at, what they were assessed at, the
 * plan and where they are in it. Versioned: a change of shape is a new version, and readers
 * convert older ones (see readJourneyRecord).
 */
export const journeyRecordSchema = z.object({
  version: z.literal(1),
  region: id.describe('Region or healthcare archetype id from content/regions.yaml'),
  target: journeyTargetSchema,
  stage: journeyStageSchema,
  /** The self-assessment: the round, which competencies it asks about (null: all), the item reached and the answers. */
  assessment: z.object({
    round: z.int().min(1),
    scope: z.array(id).nullable(),
    cursor: z.int().min(0),
    answers: z.record(z.string(), z.int().min(0).nullable()),
  }),
  /** The assessed level per competency, with the evidence it rests on. */
  levels: z.array(
    z.object({
      competency: id,
      level,
      confidence: z.enum(['high', 'medium', 'low', 'none']),
      answered: z.int().min(0),
      total: z.int().min(0),
    }),
  ),
  /** The plan, or null before there is one. */
  plan: journeyPlanSchema.nullable(),
  /** Title and what each planned module developed when it was planned, to explain a later curriculum change. */
  planned: z.record(z.string(), z.object({ title: z.string(), develops: z.string() })),
  /** Progress pointers: modules done, checks passed and failed, the module the learner is in. */
  progress: z.object({
    completed: z.array(id),
    testedOut: z.array(id),
    passedChecks: z.record(z.string(), z.array(z.string())),
    failures: z.record(z.string(), z.int().min(0)),
    currentModuleId: id.nullable(),
  }),
  /** The curriculum version the plan was made with: a device on another version re-plans it. */
  curriculumVersion: z.string(),
  /** When the latest self-assessment was scored; null when not known. */
  assessedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type JourneyRecord = z.infer<typeof journeyRecordSchema>;

/** The journey machine's state as XState reports it: a state name, or `{ parent: child }`. */
export type JourneyStateValue = string | Record<string, unknown>;

/** The record's stage for a machine state value (the transient `replanned` never rests). */
export function stageOf(value: JourneyStateValue): JourneyStage {
  if (typeof value !== 'string') {
    const [parent, child] = Object.entries(value)[0] ?? [];
    if (parent === 'assessing') return child === 'region' ? 'choosingRegion' : 'assessing';
    return journeyStageSchema.catch('notStarted').parse(parent);
  }
  return journeyStageSchema.catch(value === 'replanned' ? 'planned' : 'notStarted').parse(value);
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
