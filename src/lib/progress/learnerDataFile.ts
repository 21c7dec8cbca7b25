import { z } from 'zod';
import { describeZodError } from '../describeZodError';
import { statementSchema } from './statementSchema';
import type { LearningStatement } from './statements';

/** Everything one learner's browser holds, as one JSON file (`Your data` → Export). */
export const learnerDataFileSchema = z.strictObject({
  format: z.literal('cohesion-learner-data'),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  learnerId: z.string().min(1),
  profile: z.strictObject({ region: z.string().min(1), updatedAt: z.iso.datetime({ offset: true }) }).nullable(),
  reflections: z.array(
    z.strictObject({
      key: z.string().min(1),
      moduleId: z.string().min(1),
      text: z.string(),
      updatedAt: z.iso.datetime({ offset: true }),
    }),
  ),
  revealedSolutions: z
    .array(
      z.strictObject({
        key: z.string().min(1),
        moduleId: z.string().min(1),
        revealedAt: z.iso.datetime({ offset: true }),
      }),
    )
    .default([])
    .describe('Exercises whose solution the learner revealed (absent from files exported before exercises existed)'),
  journey: z.strictObject({ snapshot: z.unknown(), updatedAt: z.iso.datetime({ offset: true }) }).nullable(),
  events: z.array(statementSchema),
});
/** The file's type; its statements keep the xAPI type once their structure has been checked. */
export type LearnerDataFile = Omit<z.infer<typeof learnerDataFileSchema>, 'events'> & { events: LearningStatement[] };

/**
 * Reads an exported file's text. Returns the data, or one message saying what is wrong: not
 * JSON, not a Cohesion export, a newer format, or the first problems with their place in the file.
 */
export function parseLearnerDataFile(text: string): { ok: true; data: LearnerDataFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'This file is not valid JSON, so it cannot be a Cohesion export. Nothing was imported.',
    };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== 'cohesion-learner-data') {
    return {
      ok: false,
      error:
        'This file is not a Cohesion learner-data export (it has no "format": "cohesion-learner-data"). Nothing was imported.',
    };
  }
  const version = (json as { version?: unknown }).version;
  if (version !== 1)
    return {
      ok: false,
      error: `This export has format version ${String(version)}, which this version of Cohesion cannot read. Nothing was imported.`,
    };
  const result = learnerDataFileSchema.safeParse(json);
  if (result.success) return { ok: true, data: result.data as LearnerDataFile };
  return {
    ok: false,
    error: `This export is damaged (${describeZodError(result.error, 'file', 3)}). Nothing was imported.`,
  };
}
