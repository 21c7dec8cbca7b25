import { readJourneyRecord } from '../journey/readJourneyRecord.ts';

/** A learner's region, path and whether a journey is planned, as far as their journey document says. */
export interface JourneyState {
  region: string;
  /** The path the journey targets, or null when it targets the engagement model or one competency. */
  pathId: string | null;
  planned: boolean;
}

/**
 * Reads a journey State document's JSON (`JOURNEY_STATE`: a journey record, or the machine snapshot
 * sync wrote before records, see readJourneyRecord); undefined when it is missing or not one (then
 * the learner counts as "unknown region", "no path").
 */
export function readJourneyState(document: unknown): JourneyState | undefined {
  const record = readJourneyRecord(document);
  if (!record) return undefined;
  return {
    region: record.region,
    pathId: record.target.kind === 'path' ? record.target.pathId : null,
    planned: record.plan !== null,
  };
}
