import { z } from 'zod';
import { inSourceOrder, titledTranslation } from './titledTranslation';

/** A learning path in another language (`content/translations/<locale>/paths/<id>.yaml`). */
export const pathTranslationSchema = z.strictObject({
  ...titledTranslation("path's"),
  stages: inSourceOrder(z.string().min(1), 'The title of every stage in this language'),
});
export type PathTranslation = z.infer<typeof pathTranslationSchema>;
