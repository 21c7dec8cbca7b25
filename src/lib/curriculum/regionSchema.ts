import { z } from 'zod';
import { idSchema } from './idSchema';

/** A region or healthcare archetype that modules can carry local variants for (`content/regions.yaml`). */
export const regionSchema = z.strictObject({
  id: idSchema.describe('Used by <LocalNote region="…">; "global" is the region every learner starts in'),
  name: z.string().min(1),
  kind: z
    .enum(['global', 'archetype', 'region'])
    .describe('global: the central model; archetype: a type of health system; region: a geography'),
  summary: z.string().min(20).describe('What is distinctive about engaging accounts here'),
});
export type Region = z.infer<typeof regionSchema>;
