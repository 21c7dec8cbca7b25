import type { z } from 'zod';

/**
 * Cohesion's one-line zod error message, for API clients, the server's configuration and imported files:
 * each problem as `field.path: what is wrong` (`whole` names the value itself), at most `limit` of them
 * and how many more, joined with '; '. (Content errors carry file and line instead: `ContentIssue`.)
 */
export function describeZodError(error: z.ZodError, whole: string, limit = Number.POSITIVE_INFINITY): string {
  const shown = error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
