import { z } from 'zod';
import { sourceStampSchema } from './sourceStampSchema';

/** A learning path in another language (`content/translations/<locale>/paths/<id>.yaml`). */
export const pathTranslationSchema = z.strictObject({
  title: z.string().min(3).describe("The path's title in this language"),
  summary: z.string().min(20).describe('The summary in this language'),
  stages: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("The title of every stage in this language, in the source's order"),
  source: sourceStampSchema,
});
export type PathTranslation = z.infer<typeof pathTranslationSchema>;
