import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });

/**
 * What the evidence report knows of one learner, compact: where they sit (region, function, path),
 * when they were invited and started, every self-assessment result (the initial one first, then
 * reassessments), every module completion and the hours their statements' durations add up to.
 */
export const learnerHistorySchema = z.object({
  region: z.string().describe('a region id of the curriculum, or "unknown"'),
  function: z.string().describe('a function id of content/functions.yaml, or "unstated"'),
  path: z.string().describe('the learning path the journey targets, or "none"'),
  /** The first learning event; absent when invited but not (yet) enrolled. */
  startedAt: instant.optional(),
  /** The latest learning event (the report's "active" reads it). */
  lastActiveAt: instant.optional(),
  /** Self-assessment results, oldest first: the level reached per competency at each. */
  assessments: z.array(z.object({ at: instant, levels: z.record(z.string(), z.number().int().nonnegative()) })),
  /** Modules completed or tested out of, each with its first completion. */
  completions: z.array(z.object({ module: z.string(), at: instant })),
  /** Hours of learning, from the statements' durations where present. */
  hours: z.number().nonnegative(),
});
export type LearnerHistory = z.infer<typeof learnerHistorySchema>;

/** A learner's function when they stated none (or one the list does not hold). */
export const UNSTATED_FUNCTION = 'unstated';
