import { z } from 'zod';
import type { LearnerHistory } from './learnerHistory.ts';

const epochMs = z.number().int();

/**
 * A learner's history as the server stores it (an evidence summary of the `aggregates` table): the
 * `LearnerHistory` without where the learner sits (a report adds that), with its instants as epoch
 * milliseconds and its completions as two lists of equal length. A report made as a process starts
 * reads a thousand of them: this form is about half the bytes, a few objects a learner instead of one
 * per completion, and no date strings for the plan to parse.
 */
export const storedHistorySchema = z.object({
  startedAt: epochMs.optional(),
  lastActiveAt: epochMs.optional(),
  assessments: z.array(z.object({ at: epochMs, levels: z.record(z.string(), z.number().int().nonnegative()) })),
  /** The modules completed or tested out of, in the history's order … */
  completed: z.array(z.string()),
  /** … and when each was first. */
  completedAt: z.array(epochMs),
  hours: z.number().nonnegative(),
});
export type StoredHistory = z.infer<typeof storedHistorySchema>;

/** The stored form of a history. */
export function storedHistory(history: LearnerHistory): StoredHistory {
  return {
    ...(history.startedAt === undefined ? {} : { startedAt: Date.parse(history.startedAt) }),
    ...(history.lastActiveAt === undefined ? {} : { lastActiveAt: Date.parse(history.lastActiveAt) }),
    assessments: history.assessments.map((a) => ({ at: Date.parse(a.at), levels: a.levels })),
    completed: history.completions.map((c) => c.module),
    completedAt: history.completions.map((c) => Date.parse(c.at)),
    hours: history.hours,
  };
}
