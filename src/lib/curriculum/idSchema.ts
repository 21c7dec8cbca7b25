import { z } from 'zod';

/** A kebab-case identifier, as used for file names and cross-references in `content/`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a kebab-case id such as "stakeholder-mapping" (lower-case letters, digits and single hyphens)',
});

/** A proficiency level number; which numbers exist is decided by `content/scale.yaml`. */
export const levelSchema = z.int({ error: 'must be a whole number such as 1, 2, 3 or 4' }).min(1).max(9);

/** A competency at a level: "develops stakeholder-mapping to level 2". */
export const competencyLevelSchema = z.strictObject({
  competency: idSchema.describe('Id of a competency in content/competencies/'),
  level: levelSchema.describe('A level of the proficiency scale in content/scale.yaml'),
});
export type CompetencyLevel = z.infer<typeof competencyLevelSchema>;
