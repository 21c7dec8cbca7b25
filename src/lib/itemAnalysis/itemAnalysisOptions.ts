import { z } from 'zod';

/** When item analysis shows a question's figures and when it flags one; every field has a default. */
export const itemAnalysisOptionsSchema = z.strictObject({
  minResponses: z
    .number()
    .int()
    .positive()
    .default(30)
    .describe('first attempts a question needs before any of its figures is shown'),
  tooEasy: z.number().min(0).max(1).default(0.9).describe('flag a question more learners than this share get right'),
  tooHard: z.number().min(0).max(1).default(0.3).describe('flag a question fewer learners than this share get right'),
  minDiscrimination: z
    .number()
    .min(-1)
    .max(1)
    .default(0)
    .describe('flag a question whose discrimination is below this (0: it favours learners who fail the module)'),
});
export type ItemAnalysisOptions = z.infer<typeof itemAnalysisOptionsSchema>;
