import { z } from 'zod';

/** The body of `PUT /api/profile/function`: the learner's own job function, by id or by name; blank withdraws it. */
export const statedFunctionRequestSchema = z.strictObject({
  function: z.string('Give your function as text (blank to withdraw it).').trim().max(100).describe('id or name'),
});

/** A learner's job function as the server knows it: stated by them, from their invitation, or none. */
export const learnerFunctionSchema = z.object({
  function: z.string().nullable(),
  from: z.enum(['stated', 'invitation']).nullable(),
});
export type LearnerFunction = z.infer<typeof learnerFunctionSchema>;
