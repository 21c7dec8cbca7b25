import { z } from 'zod';

/**
 * The parts of the journey State document (`urn:cohesion:state:journey`, written by sync as
 * `{ snapshot, updatedAt, device }` with the journey machine's persisted snapshot) that workforce
 * figures read. Everything else in the document is ignored.
 */
export const journeyStateSchema = z.object({
  snapshot: z.object({
    context: z.object({
      region: z.string().min(1),
      target: z.union([z.object({ kind: z.literal('path'), pathId: z.string() }), z.object({ kind: z.string() })]),
      journey: z.unknown().optional(),
    }),
  }),
});

/** A learner's region, path and whether a journey is planned, as far as their State document says. */
export interface JourneyState {
  region: string;
  /** The path the journey targets, or null when it targets the engagement model or one competency. */
  pathId: string | null;
  planned: boolean;
}

/** Reads a journey State document's JSON; undefined when it is missing or not one (then the learner counts as "unknown region", "no path"). */
export function readJourneyState(document: unknown): JourneyState | undefined {
  const parsed = journeyStateSchema.safeParse(document);
  if (!parsed.success) return undefined;
  const { region, target, journey } = parsed.data.snapshot.context;
  const pathId = 'pathId' in target ? target.pathId : null;
  return { region, pathId, planned: journey !== null && journey !== undefined };
}
