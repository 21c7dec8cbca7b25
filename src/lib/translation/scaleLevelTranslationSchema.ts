import { z } from 'zod';
import { sourceStampSchema } from './sourceStampSchema';

/** A level of the proficiency scale in another language (`content/translations/<locale>/scale/<level id>.yaml`). */
export const scaleLevelTranslationSchema = z.strictObject({
  name: z.string().min(1).describe("The level's name in this language, as learners see it"),
  descriptor: z.string().min(20).describe('What a person at this level does, in this language'),
  source: sourceStampSchema,
});
export type ScaleLevelTranslation = z.infer<typeof scaleLevelTranslationSchema>;
