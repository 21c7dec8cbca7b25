import { z } from 'zod';

const count = z.int().min(0);
/** `{ key, cases }` rows; `key` null is "not stated". */
const rows = (key: string) => z.array(z.strictObject({ [key]: z.string().nullable(), cases: count }));

/**
 * Approved cases counted for recognition (`GET /api/cases/counts`, leads): per competency (and
 * level), per region or archetype, per function. Case counts are not hidden: each approved case is
 * in the library with the same references. The number of distinct contributors is people, so it is
 * null while it is 1 … minGroup − 1.
 */
export const caseCountsSchema = z.strictObject({
  minGroup: z.int().min(1),
  total: count,
  contributors: count.nullable(),
  byCompetency: z.array(
    z.strictObject({
      competency: z.string(),
      cases: count,
      levels: z.array(z.strictObject({ level: z.int(), cases: count })),
    }),
  ),
  byRegion: rows('region'),
  byArchetype: rows('archetype'),
  byFunction: rows('function'),
});
export type CaseCounts = z.infer<typeof caseCountsSchema>;
