import { z } from 'zod';
import { DURATION_BUCKETS } from './durationBuckets';

export { DURATION_BUCKETS };

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

/**
 * A search as it appears in the results page's URL (`/search/?q=…&competency=…&level=…&path=…&duration=…`).
 * URLs are user input: anything malformed is dropped rather than failing the page.
 */
export const searchFiltersSchema = z.object({
  q: z.string().max(200).catch('').default(''),
  competency: optionalText.catch(undefined),
  level: z.coerce.number().int().min(1).max(9).optional().catch(undefined),
  path: optionalText.catch(undefined),
  duration: z
    .enum(DURATION_BUCKETS.map((b) => b.id))
    .optional()
    .catch(undefined),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

/** Reads a search from URL parameters. */
export function parseSearchParams(params: URLSearchParams): SearchFilters {
  return searchFiltersSchema.parse(Object.fromEntries([...params].filter(([, v]) => v !== '')));
}

/** Writes a search back to URL parameters, leaving out what is unset. */
export function toSearchParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}
