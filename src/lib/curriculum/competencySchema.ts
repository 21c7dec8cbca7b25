import { z } from 'zod';
import { caseIdentifierSchema } from './caseIdentifierSchema';
import { caseKeptSchema, competencyStatementSchema } from './caseKeptSchema';
import { idSchema } from './idSchema';

/** The COE pillars a competency can belong to. */
export const COE_PILLARS = ['foundation', 'curriculum', 'analytics', 'abm-innovation', 'process', 'community'] as const;

/** A competency of the framework (`content/competencies/<id>.yaml`; the id is the file name). */
export const competencySchema = z.strictObject({
  name: z.string().min(1),
  area: idSchema.describe('Id of an area listed in content/framework.yaml, e.g. "skillset"'),
  pillar: z.enum(COE_PILLARS).optional().describe('The COE pillar that owns it, if any'),
  // Short descriptions and missing or short descriptors are TODO warnings of the content check.
  description: z.string(),
  levels: z
    .record(z.string(), z.string())
    .describe('One behavioural descriptor per level of the scale, keyed by level number: 1: …, 2: …'),
  caseIdentifier: caseIdentifierSchema
    .optional()
    .describe('The CASE identifier an imported framework gave this competency; derived from the id when absent'),
  case: caseKeptSchema.optional().describe('CASE fields kept from an imported framework'),
  statements: z
    .array(competencyStatementSchema)
    .optional()
    .describe('Statements below the competency in an imported framework, in its order'),
});
export type Competency = z.infer<typeof competencySchema>;
