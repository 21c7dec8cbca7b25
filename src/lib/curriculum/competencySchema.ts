import { z } from 'zod';
import { caseIdentifierSchema } from './caseIdentifierSchema';
import { idSchema } from './idSchema';

/** The COE pillars a competency can belong to. */
export const COE_PILLARS = ['foundation', 'curriculum', 'analytics', 'abm-innovation', 'process', 'community'] as const;

/** A competency of the framework (`content/competencies/<id>.yaml`; the id is the file name). */
export const competencySchema = z.strictObject({
  name: z.string().min(1),
  area: idSchema.describe('Id of an area listed in content/framework.yaml, e.g. "skillset"'),
  pillar: z.enum(COE_PILLARS).optional().describe('The COE pillar that owns it, if any'),
  description: z.string().min(20),
  levels: z
    .record(z.string(), z.string().min(10))
    .describe('One behavioural descriptor per level of the scale, keyed by level number: 1: …, 2: …'),
  caseIdentifier: caseIdentifierSchema
    .optional()
    .describe('The CASE identifier an imported framework gave this competency; derived from the id when absent'),
});
export type Competency = z.infer<typeof competencySchema>;
