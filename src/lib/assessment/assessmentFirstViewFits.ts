/**
 * Whether the assessment page's first view ("Before you start", drawn at build time) shows what its
 * island would for the journey snapshot stored in this browser: only when no journey is stored or it
 * has not started. A learner choosing a region, answering or reassessing resumes there, and one with
 * results sees them, so for any other snapshot (unknown shapes too) the island is needed at once.
 */
export function assessmentFirstViewFits(stored: unknown): boolean {
  if (stored === undefined || stored === null) return true;
  return (stored as { value?: unknown }).value === 'notStarted';
}
