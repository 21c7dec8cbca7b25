import { z } from 'zod';
import { competencyLevelSchema, idSchema } from './idSchema';

/** A role-independent learning path (`content/paths/<id>.yaml`; the id is the file name). */
export const pathSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20),
  builds: z
    .array(competencyLevelSchema)
    .min(1)
    .describe('The competency levels the path promises; its modules must reach each of them'),
  stages: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        modules: z.array(idSchema).min(1, { error: 'a stage needs at least one module id' }),
      }),
    )
    .min(1, { error: 'a path needs at least one stage' }),
});
export type Path = z.infer<typeof pathSchema>;
