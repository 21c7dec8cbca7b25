import { z } from 'zod';
import { idSchema } from './idSchema';

/** An answer a learner may give, anchored to the level it indicates (0 = not yet aware). */
export const assessmentOptionSchema = z.strictObject({
  text: z.string().min(1),
  level: z.int().min(0).max(9).describe('0 for "not yet", otherwise a level of the scale'),
});

/** One self-assessment item: a behavioural statement or a short scenario. */
export const assessmentItemSchema = z.strictObject({
  id: idSchema.describe('Unique across all assessment files'),
  kind: z.enum(['behavioural', 'scenario']),
  prompt: z.string().min(10),
  options: z.array(assessmentOptionSchema).min(3, { error: 'give at least three options, each anchored to a level' }),
});

/** The items that measure one competency (`content/assessment/<competency-id>.yaml`). */
export const assessmentBankSchema = z.strictObject({
  competency: idSchema.describe('Id of the competency these items measure'),
  items: z.array(assessmentItemSchema).min(1),
});
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;
export type AssessmentBank = z.infer<typeof assessmentBankSchema>;
