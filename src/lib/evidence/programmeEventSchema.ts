import { z } from 'zod';

/** The kinds of programme event a lead marks on the timeline. */
export const programmeEventKindSchema = z.enum(['launch', 'relaunch', 'curriculum-version', 'campaign']);

/** A programme event: what happened on a day, drawn on every time chart of the evidence report. */
export const programmeEventSchema = z.object({
  date: z.iso.date().describe('the day it happened, YYYY-MM-DD'),
  kind: programmeEventKindSchema,
  label: z.string().trim().min(1, 'Give the event a label.').max(120, 'Keep the label under 120 characters.'),
});
export type ProgrammeEvent = z.infer<typeof programmeEventSchema>;
