import type { JourneyRecord } from '../journey/journeyRecord';
import { readJourneyRecord } from '../journey/readJourneyRecord';
import { JOURNEY_STATE } from '../progress/xapiIds';
import type { LrsClient } from './lrsClient';
import type { LrsAgent } from './lrsConnectionSchema';
import { pullStatements } from './pullStatements';
import { pushOutbox } from './pushOutbox';
import { type JourneySyncMark, reconcileJourney } from './reconcileJourney';
import { SyncError } from './syncError';
import type { SyncNotice } from './syncNotice';
import type { SyncStore } from './syncStore';
import { withRetry } from './withRetry';

/** Local journey storage, as sync needs it: the journey as a record. */
export interface JourneyStore {
  journey(): Promise<JourneyRecord | undefined>;
  /** Replaces the local journey with another device's. */
  adoptJourney(record: JourneyRecord): Promise<void>;
  journeyMark(): Promise<JourneySyncMark | undefined>;
  setJourneyMark(mark: JourneySyncMark): Promise<void>;
}

/** What one sync run did. */
export interface SyncReport {
  sent: number;
  received: number;
  journey: 'unchanged' | 'sent' | 'received' | 'merged';
  /** What the learner should be told, as a code their page words. */
  notice?: SyncNotice;
}

/**
 * One sync run: push the outbox, pull other devices' statements, then bring the journey document
 * (a journey record and the device that wrote it, at `JOURNEY_STATE`) and the local journey
 * together (see reconcileJourney); a document in the older snapshot shape is read and replaced
 * by a record on the next write. A 412 from another device's write in
 * between starts the journey step again, a few times, so a concurrent change is merged, never lost.
 */
export async function runSync(
  client: LrsClient,
  store: SyncStore & JourneyStore,
  agent: LrsAgent,
  device: string,
  retry: typeof withRetry = withRetry,
): Promise<SyncReport> {
  const sent = await pushOutbox(client, store, retry);
  const received = await pullStatements(client, store, agent, retry);
  let journey: SyncReport['journey'] = 'unchanged';
  let notice: SyncNotice | undefined;
  try {
    ({ journey, notice } = await syncJourney(client, store, agent, device, retry));
  } catch (error) {
    // Statement-only LRSs (a conformant LRS has the State resource, but some services split it
    // off) answer 404/405/501: progress still syncs, the plan stays on each device.
    if (!(error instanceof SyncError) || ![404, 405, 501].includes(error.status ?? 0)) throw error;
    notice = { code: 'noDocuments' };
  }
  return { sent, received, journey, ...(notice ? { notice } : {}) };
}

async function syncJourney(
  client: LrsClient,
  store: SyncStore & JourneyStore,
  agent: LrsAgent,
  device: string,
  retry: typeof withRetry,
): Promise<{ journey: SyncReport['journey']; notice: SyncNotice | undefined }> {
  let journey: SyncReport['journey'] = 'unchanged';
  let notice: SyncNotice | undefined;
  const readRemote = () =>
    retry(() => client.getState<unknown>(JOURNEY_STATE.activityId, agent, JOURNEY_STATE.stateId));
  for (let attempt = 0; attempt < 3; attempt++) {
    const [local, remote, mark] = await Promise.all([store.journey(), readRemote(), store.journeyMark()]);
    const decision = reconcileJourney(
      local,
      remote && { document: readJourneyRecord(remote.document), etag: remote.etag },
      mark,
    );
    if (decision.action === 'none') break;
    if (decision.action === 'adopt') {
      await store.adoptJourney(decision.copy);
      await store.setJourneyMark({ etag: decision.etag, updatedAt: decision.copy.updatedAt });
      journey = 'received';
      break;
    }
    const document = { ...decision.copy, device };
    let etag = await retry(() =>
      client.putState(JOURNEY_STATE.activityId, agent, JOURNEY_STATE.stateId, document, decision.ifMatch),
    );
    if (etag === 'conflict') continue; // written by another device in between: read it and decide again
    // LRSs need not answer a PUT with the new ETag; then read it, so the next run knows it is ours.
    if (!etag) etag = (await readRemote())?.etag ?? '';
    if (decision.action === 'merge') {
      if (decision.keptFrom === 'another device') await store.adoptJourney(decision.copy);
      notice = { code: 'journeyMerged', keptFrom: decision.keptFrom, keptAt: decision.copy.updatedAt };
      journey = 'merged';
    } else journey = 'sent';
    await store.setJourneyMark({ etag, updatedAt: decision.copy.updatedAt });
    break;
  }
  return { journey, notice };
}
