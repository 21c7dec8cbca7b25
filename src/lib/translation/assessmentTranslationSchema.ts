import { z } from 'zod';
import { idSchema } from '../curriculum/idSchema';
import { sourceStampSchema } from './sourceStampSchema';

/** A self-assessment item in another language: its prompt and every option's text, in the source's order. */
const assessmentItemTranslationSchema = z.strictObject({
  prompt: z.string().min(10).describe("The item's prompt in this language"),
  options: z
    .array(z.string().min(1))
    .min(1)
    .describe("Every option of the source item, in the source's order (each keeps the source's level)"),
});

/**
 * The self-assessment items of one competency in another language
 * (`content/translations/<locale>/assessment/<competency id>.yaml`), keyed by the source item's id.
 * Which level each option indicates is the source's: only what a learner reads is translated.
 */
export const assessmentTranslationSchema = z.strictObject({
  items: z
    .record(idSchema, assessmentItemTranslationSchema)
    .describe('Items in this language, keyed by the id of an item in content/assessment/<competency id>.yaml'),
  source: sourceStampSchema,
});
export type AssessmentTranslation = z.infer<typeof assessmentTranslationSchema>;
