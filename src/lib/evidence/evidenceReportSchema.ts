import { z } from 'zod';
import { learnerCountSchema } from '../workforce/workforceReportSchema.ts';
import { programmeEventSchema } from './programmeEventSchema.ts';

/** A share (0 … 1) worked out from shown counts only, or null when a count it needs is hidden. */
const share = z.number().min(0).max(1).nullable();
const named = { id: z.string(), name: z.string() };
/** The people a lead entered and the shares of them reached (above 1: more reached than the size entered). */
const reached = z.number().nonnegative().nullable();
const ofPopulation = {
  size: z.number().int().nonnegative().nullable(),
  invited: reached,
  enrolled: reached,
  active: reached,
};

/** The evidence report `GET /api/evidence` answers: every count already suppressed below the minimum group size. */
export const evidenceReportSchema = z.object({
  minGroup: z.number().int().positive(),
  /** The report's date (YYYY-MM-DD): "active" and "stalled" are judged on it. */
  asOf: z.iso.date(),
  filter: z.object({ region: z.string().nullable(), path: z.string().nullable() }),
  population: learnerCountSchema,
  /** Why every figure is hidden, or null. */
  reason: z.string().nullable(),
  options: z.object({
    regions: z.array(z.object({ ...named, reportable: z.boolean() })),
    paths: z.array(z.object({ ...named, reportable: z.boolean() })),
  }),
  /** Months (`YYYY-MM`) of the time series, oldest first. */
  months: z.array(z.string()),
  /** Programme events within the months, drawn on every time chart. */
  events: z.array(
    programmeEventSchema.extend({ id: z.string().optional().describe('the stored event, to delete it') }),
  ),
  levels: z.array(z.object({ level: z.number().int().nonnegative(), name: z.string() })),
  /** Per competency, learners with an initial self-assessment and a reassessment: first → latest. */
  growth: z.array(
    z.object({
      ...named,
      target: z.number().int().nonnegative(),
      paired: learnerCountSchema,
      /** Per level (index = level): learners at it in their first self-assessment, and in their latest. */
      before: z.array(learnerCountSchema),
      after: z.array(learnerCountSchema),
      /** Per change of level, from −top to +top (index − top). */
      gained: z.array(learnerCountSchema),
      shareMovedUp: share,
      medianGained: z.number().int().nullable(),
      /** Per band of `daysBands`: days from the first self-assessment to the first at target. */
      daysToTarget: z.array(learnerCountSchema),
      medianDaysBand: z.string().nullable(),
    }),
  ),
  daysBands: z.array(z.string()),
  reach: z.object({
    functions: z.array(z.object(named)),
    /** Enrolled learners per function. */
    enrolled: z.array(learnerCountSchema),
    /** Per competency: learners of each function who completed a module developing it. */
    competencies: z.array(z.object({ ...named, functions: z.array(learnerCountSchema) })),
    /** Per module: learners of each function who completed it, and how many functions are shown taking part. */
    modules: z.array(z.object({ ...named, functions: z.array(learnerCountSchema), functionsTakingPart: z.number() })),
    /** Modules completed by people of two or more stated functions (as far as the shown counts tell: at least this many). */
    sharedModules: z.number().int().nonnegative(),
  }),
  adoption: z.object({
    /** Learners nested: invited or enrolled (everyone), enrolled (a learning event), active (one in the last 30 days). */
    invited: learnerCountSchema,
    enrolled: learnerCountSchema,
    active: learnerCountSchema,
    byFunction: z.array(
      z.object({ ...named, invited: learnerCountSchema, enrolled: learnerCountSchema, active: learnerCountSchema }),
    ),
    /** Hours of learning of everyone in the filter (durations of statements that state one). */
    hours: z.number().nonnegative().nullable(),
    hoursBands: z.array(z.object({ band: z.string(), learners: learnerCountSchema })),
    /** Per competency and month: learners started by then, those at or above target, and their share. */
    atTarget: z.array(
      z.object({
        ...named,
        target: z.number().int().nonnegative(),
        monthly: z.array(
          z.object({ month: z.string(), started: learnerCountSchema, atOrAbove: learnerCountSchema, share }),
        ),
      }),
    ),
    /** Where journeys stall: learners inactive for 30 days, journey unfinished, by the last module they completed. */
    stalls: z.array(z.object({ id: z.string().nullable(), name: z.string(), learners: learnerCountSchema })),
  }),
  /**
   * Invited, enrolled and active learners as shares of the population a lead entered (`size`, null
   * when none applies to the filter): for the filter, and per function over all regions and paths.
   */
  reachOfPopulation: z.object({
    ...ofPopulation,
    byFunction: z.array(z.object({ ...named, ...ofPopulation })),
  }),
  /** Learners grouped by the month they started (the first month also holds earlier starters), with progress by month since. */
  cohorts: z.array(
    z.object({
      month: z.string(),
      learners: learnerCountSchema,
      /** Per month since starting, while it has passed: the share with a module completed, and with three. */
      curve: z.array(z.object({ age: z.number().int().nonnegative(), oneModule: share, threeModules: share })),
    }),
  ),
});
export type EvidenceReport = z.infer<typeof evidenceReportSchema>;
