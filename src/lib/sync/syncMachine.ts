import { assign, fromPromise, setup } from 'xstate';
import type { LrsConnection } from './lrsConnectionSchema';
import type { SyncReport } from './runSync';
import { type SyncAdvice, SyncError } from './syncError';

/** Minutes between sync runs while connected, and between tries after a failure that can wait. */
export const SYNC_INTERVAL_MS = 5 * 60_000;
export const RETRY_AFTER_FAILURE_MS = 60_000;

export interface SyncContext {
  connection: LrsConnection | null;
  lastSyncedAt: string | null;
  lastReport: SyncReport | null;
  /** The last failure, while it lasts: what happened and what to do. */
  error: { kind: SyncError['kind']; message: string; advice: SyncAdvice } | null;
  /** A sync was asked for while one was running: run again when it ends. */
  again: boolean;
}

export type SyncEvent =
  | { type: 'connection.set'; connection: LrsConnection }
  | { type: 'connection.clear' }
  | { type: 'sync.request' }
  | { type: 'network.online' }
  | { type: 'network.offline' };

const toError = (error: unknown): NonNullable<SyncContext['error']> =>
  error instanceof SyncError
    ? { kind: error.kind, message: error.message, advice: error.advice }
    : {
        kind: 'refused',
        message: error instanceof Error ? error.message : String(error),
        advice: 'unexpected',
      };

/**
 * Sync's life: disconnected until the learner connects; then idle, syncing on request (online,
 * a visit, a timer, a new learning event), waiting after a failure that time can fix (offline,
 * server down: events queue in the outbox and a retry is scheduled), or stopped on a failure that
 * needs the learner (4xx), with advice, until they try again or reconnect. The sync run itself is
 * the `runSync` actor, provided by the browser code.
 */
export const syncMachine = setup({
  types: {
    context: {} as SyncContext,
    events: {} as SyncEvent,
    input: {} as { connection: LrsConnection | null; lastSyncedAt?: string | null },
  },
  actors: {
    runSync: fromPromise<SyncReport, { connection: LrsConnection }>(async () => {
      throw new Error('runSync must be provided');
    }),
  },
  guards: {
    isConnected: ({ context }) => context.connection !== null,
    canWait: (_, params: { error: unknown }) => params.error instanceof SyncError && params.error.retryable,
    wantsAgain: ({ context }) => context.again,
  },
  actions: {
    setConnection: assign({
      connection: ({ event }) => (event.type === 'connection.set' ? event.connection : null),
      error: null,
    }),
    clearConnection: assign({ connection: null, error: null, lastReport: null, again: false }),
    markAgain: assign({ again: true }),
    recordSuccess: assign((_, params: { report: SyncReport }) => ({
      lastSyncedAt: new Date().toISOString(),
      lastReport: params.report,
      error: null,
      again: false,
    })),
    recordFailure: assign((_, params: { error: unknown }) => ({ error: toError(params.error), again: false })),
  },
  delays: {
    interval: SYNC_INTERVAL_MS,
    retryAfterFailure: RETRY_AFTER_FAILURE_MS,
  },
}).createMachine({
  id: 'sync',
  context: ({ input }) => ({
    connection: input.connection,
    lastSyncedAt: input.lastSyncedAt ?? null,
    lastReport: null,
    error: null,
    again: false,
  }),
  initial: 'starting',
  on: {
    'connection.set': { target: '.syncing', actions: 'setConnection' },
    'connection.clear': { target: '.disconnected', actions: 'clearConnection' },
  },
  states: {
    starting: { always: [{ guard: 'isConnected', target: 'syncing' }, { target: 'disconnected' }] },
    disconnected: {},
    idle: {
      after: { interval: 'syncing' },
      on: { 'sync.request': 'syncing', 'network.online': 'syncing', 'network.offline': 'offline' },
    },
    offline: { on: { 'network.online': 'syncing', 'sync.request': 'syncing' } },
    syncing: {
      invoke: {
        id: 'runSync',
        src: 'runSync',
        input: ({ context }) => ({ connection: context.connection! }),
        onDone: [
          {
            guard: 'wantsAgain',
            target: 'syncing',
            reenter: true,
            actions: { type: 'recordSuccess', params: ({ event }) => ({ report: event.output }) },
          },
          { target: 'idle', actions: { type: 'recordSuccess', params: ({ event }) => ({ report: event.output }) } },
        ],
        onError: [
          {
            guard: { type: 'canWait', params: ({ event }) => ({ error: event.error }) },
            target: 'waiting',
            actions: { type: 'recordFailure', params: ({ event }) => ({ error: event.error }) },
          },
          {
            target: 'needsAction',
            actions: { type: 'recordFailure', params: ({ event }) => ({ error: event.error }) },
          },
        ],
      },
      on: { 'sync.request': { actions: 'markAgain' }, 'network.online': { actions: 'markAgain' } },
    },
    waiting: {
      after: { retryAfterFailure: 'syncing' },
      on: { 'sync.request': 'syncing', 'network.online': 'syncing' },
    },
    needsAction: { on: { 'sync.request': 'syncing' } },
  },
});
export type SyncMachine = typeof syncMachine;
