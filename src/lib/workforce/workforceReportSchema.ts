import { z } from 'zod';

/** Why a count is hidden: its group is too small, it would let a hidden count be worked out, or the whole filtered population is too small. */
export const suppressionSchema = z.enum(['fewer-than-minimum', 'complementary', 'population']);
export type Suppression = z.infer<typeof suppressionSchema>;

/** A number of learners, or null with the reason when it is hidden. */
export const learnerCountSchema = z.object({
  count: z.number().int().nonnegative().nullable(),
  suppressed: suppressionSchema.nullable(),
});
export type LearnerCount = z.infer<typeof learnerCountSchema>;

/** A funnel step's id. Each step counts learners who reached it and every step before it. */
export const funnelStepSchema = z.enum(['assessed', 'planned', 'completed-module', 'completed-journey']);

const option = z.object({
  id: z.string(),
  name: z.string(),
  reportable: z.boolean().describe('false when the group is too small to be shown on its own'),
});

/** The workforce report `GET /api/workforce` answers: every count already suppressed below the minimum group size. */
export const workforceReportSchema = z.object({
  minGroup: z.number().int().positive(),
  filter: z.object({ region: z.string().nullable(), path: z.string().nullable() }),
  /** Learners in the filtered population; when too small, every figure is hidden and `reason` says why. */
  population: learnerCountSchema,
  reason: z.string().nullable(),
  /** The levels counted, 0 ("Not yet") first. */
  levels: z.array(z.object({ level: z.number().int().nonnegative(), name: z.string() })),
  competencies: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** One cell per level: learners at exactly that level, and at that level or above. */
      cells: z.array(
        z.object({
          level: z.number().int().nonnegative(),
          learners: learnerCountSchema,
          atOrAbove: learnerCountSchema,
        }),
      ),
    }),
  ),
  /** ISO weeks (`YYYY-Www`) the weekly series covers, oldest first. */
  weeks: z.array(z.string()),
  /** Per competency and week: learners at each level at the end of the week (learners active by then). */
  weekly: z.array(
    z.object({
      competency: z.string(),
      rows: z.array(z.object({ week: z.string(), learners: learnerCountSchema, levels: z.array(learnerCountSchema) })),
    }),
  ),
  funnel: z.array(
    z.object({ step: funnelStepSchema, label: z.string(), definition: z.string(), learners: learnerCountSchema }),
  ),
  options: z.object({ regions: z.array(option), paths: z.array(option) }),
  /** The same learners at a coarser grain, which survives the small-group rule when the fine figures do not. */
  coarse: z.object({
    /** True when most fine figures are hidden: the view then offers these first. */
    suggested: z.boolean(),
    /** Months (`YYYY-MM`) of the monthly series, oldest first; each counts the level at the end of its last week. */
    months: z.array(z.string()),
    /** Per competency, levels merged: learners below its target and at or above it, at each month's end, then now. */
    competencies: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        target: z.number().int().nonnegative(),
        monthly: z.array(z.object({ below: learnerCountSchema, atOrAbove: learnerCountSchema })),
        now: z.object({ below: learnerCountSchema, atOrAbove: learnerCountSchema }),
      }),
    ),
    /** All competencies together: learners at target in none, some or all of them, at each month's end, then now. */
    overall: z.object({
      monthly: z.array(z.object({ none: learnerCountSchema, some: learnerCountSchema, all: learnerCountSchema })),
      now: z.object({ none: learnerCountSchema, some: learnerCountSchema, all: learnerCountSchema }),
    }),
  }),
});
export type WorkforceReport = z.infer<typeof workforceReportSchema>;
