import { z } from 'zod';
import { type JourneyRecord, journeyPlanSchema, journeyRecordSchema, journeyTargetSchema } from './journeyRecord.ts';
import { type JourneyStateValue, journeyRecordOf } from './journeyRecordOf.ts';

/**
 * A saved journey machine snapshot, `{ snapshot: { value, context }, updatedAt }`: how this browser
 * keeps its journey, and what sync wrote to the LRS before journey records. Only the region and the
 * target are required (what workforce figures have always read); snapshots of older releases lack
 * some of the rest, which starts empty.
 */
const savedSnapshotSchema = z.object({
  snapshot: z.object({
    value: z.union([z.string(), z.record(z.string(), z.unknown())]).catch('notStarted'),
    context: z.object({
      region: z.string().min(1),
      target: journeyTargetSchema,
      journey: journeyPlanSchema.nullable().default(null),
      answers: journeyRecordSchema.shape.assessment.shape.answers.catch({}),
      cursor: z.int().min(0).catch(0),
      scope: z.array(z.string()).nullable().catch(null),
      round: z.int().min(1).catch(1),
      estimates: journeyRecordSchema.shape.levels.catch([]),
      planned: journeyRecordSchema.shape.planned.catch({}),
      completed: z.array(z.string()).catch([]),
      testedOut: z.array(z.string()).catch([]),
      passedChecks: journeyRecordSchema.shape.progress.shape.passedChecks.catch({}),
      failures: journeyRecordSchema.shape.progress.shape.failures.catch({}),
      currentModuleId: z.string().nullable().catch(null),
      curriculumVersion: z.string().catch(''),
    }),
  }),
  updatedAt: z.string().catch(() => new Date(0).toISOString()),
  assessedAt: z.string().nullable().catch(null),
});

/**
 * Reads a journey document: a journey record, or a saved machine snapshot (this browser's own
 * form, and the LRS's before records), converted to a record. Undefined when it is neither (a
 * missing or malformed document: the journey is unknown).
 */
export function readJourneyRecord(document: unknown): JourneyRecord | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  if ('version' in document) return journeyRecordSchema.safeParse(document).data;
  const saved = savedSnapshotSchema.safeParse(document);
  if (!saved.success) return undefined;
  const { snapshot, updatedAt, assessedAt } = saved.data;
  const record = journeyRecordOf(
    { value: snapshot.value as JourneyStateValue, context: { ...snapshot.context, suggestion: null, changes: [] } },
    { updatedAt, assessedAt },
  );
  return journeyRecordSchema.safeParse(record).data;
}
