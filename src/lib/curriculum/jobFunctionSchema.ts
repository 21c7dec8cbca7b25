import { z } from 'zod';
import { uiLocaleSchema } from '../site/siteSchema';
import { idSchema } from './idSchema';
import { listOfUnique } from './listOfUnique';

/** A job function learners belong to (`content/functions.yaml`): the evidence report's reach across silos reads it. */
export const jobFunctionSchema = z.strictObject({
  id: idSchema.describe('What invitations and profiles store, e.g. market-access'),
  name: z.string().trim().min(1).describe('The label leads and learners see, e.g. "Market access"'),
  translations: z
    .partialRecord(uiLocaleSchema, z.string().trim().min(1))
    .optional()
    .describe('The label in other languages of the site, e.g. { fr: "Accès au marché" }'),
});
export type JobFunction = z.infer<typeof jobFunctionSchema>;

/** `content/functions.yaml` (optional): the functions a learner can state, each id once. */
export const jobFunctionListSchema = listOfUnique(jobFunctionSchema, 'id', (id) => `function "${id}" is listed twice`);
export type JobFunctionList = z.infer<typeof jobFunctionListSchema>;
