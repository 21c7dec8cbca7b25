import { JOURNEY_STATE } from '../../src/lib/progress/xapiIds.ts';
import { type JourneyState, readJourneyState } from '../../src/lib/workforce/readJourneyState.ts';
import type { DocumentVersion, Repository } from '../storage/repository.ts';

/** Every learner's journey as the workforce reads it, and a fingerprint that changes whenever one of them does. */
export interface JourneyStates {
  /** By agent key: what the agent's latest journey State document says (undefined: not JSON, or not a journey). */
  journeys: ReadonlyMap<string, JourneyState | undefined>;
  fingerprint: string;
}

const versionOf = (registration: string, document: { etag: string; updatedMs: number }) =>
  `${registration} ${document.etag} ${document.updatedMs}`;

/**
 * Follows each agent's latest journey State document (the newest across registrations): each call
 * lists the documents' versions only and reads the content of those that changed since the last
 * call, keeping just what the workforce needs of each (region, path, planned) — so a report holds
 * a few facts per learner, never every learner's document. One read at a time: the calls made during
 * a read share the one read that follows it (what changed since), so readers sharing it (the workforce
 * and evidence views) read each changed document once.
 */
export function journeyStates(repository: Repository): () => Promise<JourneyStates> {
  const known = new Map<string, { version: string; journey: JourneyState | undefined }>();
  let running: Promise<JourneyStates> | undefined;
  // The one read that starts when the running one ends, shared by every call made meanwhile.
  let next: Promise<JourneyStates> | undefined;
  const current = (): Promise<JourneyStates> => {
    if (running === undefined) {
      running = read().finally(() => {
        running = undefined;
      });
      return running;
    }
    next ??= running
      .catch(() => {})
      .then(() => {
        next = undefined;
        return current();
      });
    return next;
  };
  return current;

  async function read(): Promise<JourneyStates> {
    const latest = new Map<string, DocumentVersion>();
    for (const version of await repository.stateDocumentVersions(JOURNEY_STATE.activityId, JOURNEY_STATE.stateId)) {
      if (version.updatedMs > (latest.get(version.agentKey)?.updatedMs ?? -1)) latest.set(version.agentKey, version);
    }
    for (const key of known.keys()) if (!latest.has(key)) known.delete(key);
    const changed = [...latest.values()]
      .filter((v) => known.get(v.agentKey)?.version !== versionOf(v.registration, v))
      .map((v) => v.agentKey);
    const documents = await repository.listStateDocuments(JOURNEY_STATE.activityId, JOURNEY_STATE.stateId, changed);
    for (const { agentKey, registration, document } of documents) {
      if (registration !== latest.get(agentKey)?.registration) continue; // an older registration's document
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(document.content).toString('utf8'));
      } catch {
        parsed = undefined; // Not JSON: the learner counts with an unknown region and no path.
      }
      known.set(agentKey, { version: versionOf(registration, document), journey: readJourneyState(parsed) });
    }
    const journeys = new Map<string, JourneyState | undefined>();
    const fingerprint: string[] = [];
    for (const key of latest.keys()) {
      journeys.set(key, known.get(key)?.journey);
      fingerprint.push(`${key} ${known.get(key)?.version}`);
    }
    return { journeys, fingerprint: fingerprint.join('\n') };
  }
}
