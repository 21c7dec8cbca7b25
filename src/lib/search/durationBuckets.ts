/**
 * Duration buckets offered by the filter, in minutes (inclusive upper bounds). Apart from the
 * filters' schema, so the header search's code does not bring zod.
 */
export const DURATION_BUCKETS = [
  { id: 'short', label: 'Up to 15 minutes', min: 0, max: 15 },
  { id: 'medium', label: '16 to 30 minutes', min: 16, max: 30 },
  { id: 'long', label: 'Over 30 minutes', min: 31, max: Number.POSITIVE_INFINITY },
] as const;
