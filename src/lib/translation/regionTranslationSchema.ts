import { z } from 'zod';
import { sourceStampSchema } from './sourceStampSchema';

/** A region or archetype in another language (`content/translations/<locale>/regions/<region id>.yaml`). */
export const regionTranslationSchema = z.strictObject({
  name: z.string().min(1).describe("The region's name in this language"),
  summary: z.string().min(20).describe('What is distinctive about it, in this language'),
  source: sourceStampSchema,
});
export type RegionTranslation = z.infer<typeof regionTranslationSchema>;
