import { z } from 'zod';
import { itemAnalysisOptionsSchema } from './itemAnalysisOptions.ts';
import { itemResultSchema } from './itemResultSchema.ts';

/**
 * The answer of `GET /api/items`: the settings it was made with, how many questions there are, how
 * many have enough responses to be analysed and how many of those are flagged, and the questions
 * asked for. A question below the minimum is only counted: not even its number of responses is given.
 */
export const itemReportSchema = z.object({
  settings: itemAnalysisOptionsSchema,
  questions: z.int().min(0),
  analysed: z.int().min(0),
  flagged: z.int().min(0),
  items: z.array(itemResultSchema),
});
export type ItemReport = z.infer<typeof itemReportSchema>;
