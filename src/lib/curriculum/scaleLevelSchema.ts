import { z } from 'zod';
import { idSchema, levelSchema } from './idSchema';

/** One step of the ordered proficiency scale (`content/scale.yaml`, a list). */
export const scaleLevelSchema = z.strictObject({
  id: idSchema.describe('Short id, e.g. "aware"'),
  level: levelSchema.describe('Position on the scale, 1 = lowest; levels run 1, 2, 3 … without gaps'),
  name: z.string().min(1).describe('Label shown to learners, e.g. "Aware"'),
  descriptor: z.string().min(20).describe('What a person at this level does, in one or two sentences'),
});
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;
