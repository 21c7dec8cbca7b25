import { z } from 'zod';
import { competencyLevelSchema } from './idSchema';

/** The shared way of engaging strategic accounts (`content/engagement-models/<id>.yaml`). */
export const engagementModelSchema = z.strictObject({
  name: z.string().min(1),
  promise: z.string().min(20).describe('What the customer can count on, in one or two sentences'),
  principles: z
    .array(z.strictObject({ title: z.string().min(1), description: z.string().min(20) }))
    .min(1, { error: 'list at least one principle' }),
  defaultTargets: z
    .array(competencyLevelSchema)
    .min(1)
    .describe('The level every customer-facing person should reach in each competency'),
});
export type EngagementModel = z.infer<typeof engagementModelSchema>;
