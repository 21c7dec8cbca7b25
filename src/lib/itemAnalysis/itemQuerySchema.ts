import { z } from 'zod';
import { idSchema } from '../curriculum/idSchema.ts';

/** The query string of `GET /api/items`: which questions to list (flagged ones by default) and, optionally, of one module. */
export const itemQuerySchema = z
  .strictObject({
    show: z
      .enum(['flagged', 'all'])
      .default('flagged')
      .describe('"flagged": the questions with a flag; "all": every question past the minimum of responses'),
    module: idSchema.optional().describe('a module id: only that module’s questions'),
  })
  .describe('Use ?show=flagged (the default) or ?show=all, and optionally &module=<module id>.');
export type ItemQuery = z.infer<typeof itemQuerySchema>;
