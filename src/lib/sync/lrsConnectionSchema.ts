import { z } from 'zod';

/** The learner's xAPI identity on the LRS: an account (Cohesion's enrolment) or a mailbox. */
export const lrsAgentSchema = z.union([
  z.object({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    account: z.object({ homePage: z.url(), name: z.string().min(1) }),
  }),
  z.object({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/, { error: 'write the mailbox as mailto:name@example.org' }),
  }),
]);
export type LrsAgent = z.infer<typeof lrsAgentSchema>;

/**
 * Where and as whom this browser syncs: any conformant xAPI Learning Record Store with HTTP Basic
 * credentials. `endpoint` is the xAPI base URL (ending in a slash), e.g. https://lrs.example/xapi/.
 */
export const lrsConnectionSchema = z.object({
  endpoint: z
    .url({ error: 'enter the full address of the xAPI endpoint, e.g. https://lrs.example.org/xapi/' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
  username: z.string().min(1, { error: 'enter the key (user name) the LRS gave you' }),
  password: z.string().min(1, { error: 'enter the secret (password) the LRS gave you' }),
  agent: lrsAgentSchema,
  /** "cohesion" when enrolled with a code on Cohesion's own server, "lrs" for any other LRS. */
  kind: z.enum(['cohesion', 'lrs']),
});
export type LrsConnection = z.infer<typeof lrsConnectionSchema>;
