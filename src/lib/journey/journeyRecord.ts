import { z } from 'zod';
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
