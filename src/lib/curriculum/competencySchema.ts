import { z } from 'astro/zod';

/** The framework's areas, in display order. */
export const COMPETENCY_AREAS = [
  { id: 'mindset', title: 'Mindset' },
  { id: 'skillset', title: 'Skillset' },
  { id: 'process', title: 'Process' },
] as const;

/** A competency of the framework (`content/competencies/<id>.yaml`; the id is the file name). */
export const competencySchema = z.strictObject({
  name: z.string().min(1),
  area: z.enum(COMPETENCY_AREAS.map((a) => a.id)).describe('Where the competency sits in the framework'),
  pillar: z
    .enum(['foundation', 'curriculum', 'analytics', 'abm-innovation', 'process', 'community'])
    .optional()
    .describe('The COE pillar that owns it, if any'),
  description: z.string().min(20),
  levels: z
    .record(z.string(), z.string().min(10))
    .describe('One behavioural descriptor per level of the scale, keyed by level number: 1: …, 2: …'),
});
export type Competency = z.infer<typeof competencySchema>;
