import { z } from 'zod';
import { sourceStampSchema } from './sourceStampSchema';

/** A competency in another language (`content/translations/<locale>/competencies/<id>.yaml`). */
export const competencyTranslationSchema = z.strictObject({
  name: z.string().min(1).describe("The competency's name in this language"),
  description: z.string().min(1).describe('The description in this language'),
  levels: z
    .record(z.string(), z.string().min(1))
    .optional()
    .describe('The behavioural descriptors in this language, keyed by level number as in the source'),
  source: sourceStampSchema,
});
export type CompetencyTranslation = z.infer<typeof competencyTranslationSchema>;
