import { z } from 'zod';

/** Why a question is flagged, in the order flags are given. */
export const ITEM_FLAG_KINDS = ['too-easy', 'too-hard', 'negative-discrimination', 'distractor-beats-answer'] as const;
export type ItemFlagKind = (typeof ITEM_FLAG_KINDS)[number];

/** The analysis of one knowledge check: figures only past the minimum number of first attempts, never per learner. */
export const itemResultSchema = z.object({
  module: z.string(),
  /** The module's source file, relative to the project: the file to fix. */
  file: z.string(),
  check: z.string(),
  question: z.string(),
  /** Learners who answered it (first attempts). */
  responses: z.int().min(0),
  /** False below the minimum: every figure is then null or empty. */
  shown: z.boolean(),
  /** Share right at the first attempt. */
  difficulty: z.number().min(0).max(1).nullable(),
  /** Phi (point-biserial of two yes/no variables) between right at the first attempt and passing the module; null when either never varies. */
  discrimination: z.number().min(-1).max(1).nullable(),
  /** Per option of a single or multiple check: how many first attempts chose it. */
  options: z.array(
    z.object({
      index: z.int().min(0),
      text: z.string(),
      correct: z.boolean(),
      chosen: z.int().min(0),
      share: z.number().min(0).max(1),
    }),
  ),
  /** Each flag with its message (English, for the terminal); `option` is the wrong option's index for a distractor. */
  flags: z.array(z.object({ kind: z.enum(ITEM_FLAG_KINDS), message: z.string(), option: z.int().min(0).optional() })),
});
export type ItemResult = z.infer<typeof itemResultSchema>;
