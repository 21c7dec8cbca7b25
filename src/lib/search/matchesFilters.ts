import { DURATION_BUCKETS } from './durationBuckets';
import type { SearchFilters } from './searchFiltersSchema';
import type { SearchRecord } from './searchRecord';

/**
 * Whether a module passes the filters. Competency and level together mean "develops this
 * competency at this level"; a level alone means "develops some competency at this level".
 */
export function matchesFilters(record: SearchRecord, filters: Omit<SearchFilters, 'q'>): boolean {
  const { competency, level, path, duration } = filters;
  if (competency !== undefined || level !== undefined) {
    const hit = record.c.some(
      ([c, l]) => (competency === undefined || c === competency) && (level === undefined || l === level),
    );
    if (!hit) return false;
  }
  if (path !== undefined && !record.p.includes(path)) return false;
  if (duration !== undefined) {
    const bucket = DURATION_BUCKETS.find((b) => b.id === duration)!;
    if (record.d < bucket.min || record.d > bucket.max) return false;
  }
  return true;
}
