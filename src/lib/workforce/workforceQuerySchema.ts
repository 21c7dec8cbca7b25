import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an id such as "emerging" or "value-and-insight"');

/** The query string of `GET /api/workforce` and `/api/workforce.csv`: optional region and path ids ("unknown" region, "none" path included). */
export const workforceQuerySchema = z
  .strictObject({
    region: id.optional().describe('a region id from the curriculum, or "unknown" for learners with no synced region'),
    path: id.optional().describe('a learning path id, or "none" for learners whose journey targets no path'),
  })
  .describe('Use ?region=<region id>&path=<path id>.');
export type WorkforceQuery = z.infer<typeof workforceQuerySchema>;
