import { z } from 'zod';
import { idSchema } from '../curriculum/idSchema';
import { inSourceOrder, titledTranslation } from './titledTranslation';

/** A knowledge check in another language: the question and each option, in the source's order. */
const checkTranslationSchema = z.strictObject({
  question: z.string().min(1),
  options: z
    .array(z.strictObject({ text: z.string().min(1), explanation: z.string().min(1).optional() }))
    .min(1)
    .describe("Every option of the source check, in the source's order"),
});

/**
 * Front matter of a module's translation (`content/translations/<locale>/modules/<id>.mdx`, the id
 * being the source module's); the body below it is the translated body. Competencies, levels,
 * duration and prerequisites are the source's: only what a learner reads is translated.
 */
export const moduleTranslationSchema = z.strictObject({
  ...titledTranslation("module's"),
  objectives: inSourceOrder(z.string().min(5), 'Every objective of the source'),
  tags: z.array(z.string().min(1)).optional().describe('Search tags in this language'),
  checks: z
    .record(idSchema, checkTranslationSchema)
    .optional()
    .describe('Knowledge checks in this language, keyed by the source check id'),
});
export type ModuleTranslation = z.infer<typeof moduleTranslationSchema>;
