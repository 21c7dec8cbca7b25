import { type Actor, createActor, fromPromise } from 'xstate';
import {
  connect as connectStore,
  createSyncStore,
  disconnect as disconnectStore,
  loadSyncRecord,
  markSynced,
} from '../db/syncStore';
import { createLrsClient } from '../lib/sync/lrsClient';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { retryPolicyOverride } from '../lib/sync/retryPolicyOverride';
import { runSync, type SyncReport } from '../lib/sync/runSync';
import { syncMachine } from '../lib/sync/syncMachine';
import { withRetry } from '../lib/sync/withRetry';
import { replayEarlierWrites } from './replayEarlierWrites';
import { RECORDED_EVENT, SYNCED_EVENT } from './syncEvents';
import { syncFieldCases } from './syncFieldCases';

export type SyncActor = Actor<typeof syncMachine>;

let running: Promise<SyncActor> | undefined;

/**
 * This page's sync engine: the sync machine, started with the stored connection (if any), whose
 * runs are one runSync each. Only one tab syncs at a time (Web Locks). Runs start when the
 * browser comes online, when the page becomes visible, after learning events are recorded, and
 * every few minutes; failures that time can fix wait and retry, the others wait for the learner.
 */
export function getSyncEngine(): Promise<SyncActor> {
  running ??= start();
  return running;
}

async function start(): Promise<SyncActor> {
  const initial = await loadSyncRecord();
  const store = createSyncStore();
  const policy = retryPolicyOverride(); // RETRY_POLICY, unless a browser test shortened its waits
  const retry: typeof withRetry = (fn, options) => withRetry(fn, { ...options, policy });
  const machine = syncMachine.provide({
    actors: {
      runSync: fromPromise<SyncReport, { connection: LrsConnection }>(async ({ input }) => {
        const run = async () => {
          // What an earlier page noted but left unwritten goes out with this run, not one run later.
          await replayEarlierWrites();
          const report = await runSync(
            createLrsClient(input.connection),
            store,
            input.connection.agent,
            initial.device,
            retry,
          );
          await markSynced(new Date().toISOString());
          await syncFieldCases(input.connection);
          if (report.received > 0 || report.journey === 'received' || report.journey === 'merged')
            window.dispatchEvent(new CustomEvent(SYNCED_EVENT, { detail: report }));
          return report;
        };
        return navigator.locks ? navigator.locks.request('cohesion-sync', run) : run();
      }),
    },
  });
  const actor = createActor(machine, {
    input: { connection: initial.connection ?? null, lastSyncedAt: initial.lastSyncedAt ?? null },
  }).start();
  const request = () => actor.send({ type: 'sync.request' });
  window.addEventListener('online', () => actor.send({ type: 'network.online' }));
  window.addEventListener('offline', () => actor.send({ type: 'network.offline' }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') request();
  });
  let soon: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(RECORDED_EVENT, () => {
    clearTimeout(soon);
    soon = setTimeout(request, 1_000); // a burst of answers goes out as one batch
  });
  return actor;
}

/** Connects this browser (see db/syncStore connect) and starts syncing. */
export async function connectSync(connection: LrsConnection): Promise<void> {
  await connectStore(connection);
  (await getSyncEngine()).send({ type: 'connection.set', connection });
}

/** Stops syncing; local data stays. */
export async function disconnectSync(): Promise<void> {
  await disconnectStore();
  (await getSyncEngine()).send({ type: 'connection.clear' });
}
