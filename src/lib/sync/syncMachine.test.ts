import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, type SnapshotFrom } from 'xstate';
import type { LrsConnection } from './lrsConnectionSchema';
import type { SyncReport } from './runSync';
import { errorFromResponse } from './syncError';
import { RETRY_AFTER_FAILURE_MS, SYNC_INTERVAL_MS, syncMachine } from './syncMachine';

const connection: LrsConnection = {
  endpoint: 'https://lrs.example/xapi/',
  username: 'k',
  password: 's',
  agent: { mbox: 'mailto:a@example.org' },
  kind: 'lrs',
};
const report: SyncReport = { sent: 2, received: 1, journey: 'sent' };

type Snapshot = SnapshotFrom<typeof syncMachine>;
/** Events as the graph walks them: the learner's and the browser's, and the outcomes of a run and of time. */
type GraphEvent = { type: string; [key: string]: unknown };

/**
 * Every event the machine can meet: what the page sends, a sync run ending well, failing in a way
 * time can fix (503) or that needs the learner (401), and each timer firing.
 */
const events: GraphEvent[] = [
  { type: 'connection.set', connection },
  { type: 'connection.clear' },
  { type: 'sync.request' },
  { type: 'network.online' },
  { type: 'network.offline' },
  { type: 'xstate.done.actor.runSync', output: report },
  { type: 'xstate.error.actor.runSync', error: errorFromResponse(503, '', 'Sending') },
  { type: 'xstate.error.actor.runSync', error: errorFromResponse(401, '', 'Sending') },
  { type: 'xstate.after.interval.sync.idle' },
  { type: 'xstate.after.retryAfterFailure.sync.waiting' },
];

/** What distinguishes one situation from another (not the time of the last sync). */
const serializeState = (s: Snapshot) =>
  JSON.stringify({
    value: s.value,
    connected: s.context.connection !== null,
    again: s.context.again,
    error: s.context.error?.kind ?? null,
  });
const serializeEvent = (e: GraphEvent) => `${e.type}${e.error ? ` ${(e.error as { kind: string }).kind}` : ''}`;
const traversal = (input: { connection: LrsConnection | null }) => ({
  input,
  events: events as never,
  serializeState: serializeState as never,
  serializeEvent: serializeEvent as never,
});

/** The graph's edges that are transitions of the machine (an event it ignores in a state is no edge). */
const transitionsFrom = (input: { connection: LrsConnection | null }) =>
  adjacencyMapToArray(getAdjacencyMap(syncMachine, traversal(input))).filter(
    (edge) => syncMachine.getTransitionData(edge.state as Snapshot, edge.event as never).length > 0,
  );

/** The machine run for real: runs wait until the test settles them, time moves only when the test moves it. */
function start(input: { connection: LrsConnection | null }) {
  const clock = new SimulatedClock();
  const runs: Array<{ resolve: (r: SyncReport) => void; reject: (e: unknown) => void }> = [];
  const machine = syncMachine.provide({
    actors: {
      runSync: fromPromise<SyncReport, { connection: LrsConnection }>(
        () => new Promise((resolve, reject) => runs.push({ resolve, reject })),
      ),
    },
  });
  const actor = createActor(machine, { input, clock }).start();
  /** Makes an event of the graph happen: sent by the page, or a run settling, or a timer's time passing. */
  const happen = async (event: GraphEvent) => {
    if (event.type === 'xstate.done.actor.runSync') runs.at(-1)!.resolve(event.output as SyncReport);
    else if (event.type === 'xstate.error.actor.runSync') runs.at(-1)!.reject(event.error);
    else if (event.type.startsWith('xstate.after.interval')) clock.increment(SYNC_INTERVAL_MS);
    else if (event.type.startsWith('xstate.after.retryAfterFailure')) clock.increment(RETRY_AFTER_FAILURE_MS);
    else actor.send(event as never);
    // A settled promise reaches the machine through the microtask queue: let it drain (no timers).
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { actor, happen, runs: () => runs.length };
}

for (const input of [{ connection: null }, { connection }]) {
  const edges = transitionsFrom(input);
  const paths = new Map(
    getShortestPaths(syncMachine, traversal(input)).map((p) => [
      serializeState(p.state as Snapshot),
      p.steps.map((s) => s.event as GraphEvent),
    ]),
  );

  describe(`syncMachine, every transition, starting ${input.connection ? 'connected' : 'disconnected'}`, () => {
    for (const edge of edges) {
      const from = serializeState(edge.state as Snapshot);
      const to = serializeState(edge.nextState as Snapshot);
      it(`${from} —${serializeEvent(edge.event as GraphEvent)}→ ${to}`, async () => {
        const { actor, happen } = start(input);
        for (const event of paths.get(from)!) await happen(event);
        expect(serializeState(actor.getSnapshot())).toBe(from);
        await happen(edge.event as GraphEvent);
        expect(serializeState(actor.getSnapshot())).toBe(to);
      });
    }
  });
}

describe('syncMachine, as a whole', () => {
  it('has every transition it declares taken by at least one generated test', () => {
    const declared = new Set<unknown>();
    const visit = (node: typeof syncMachine.root) => {
      for (const defs of node.transitions.values()) for (const def of defs) declared.add(def);
      for (const child of Object.values(node.states)) visit(child);
    };
    visit(syncMachine.root);
    const taken = new Set<unknown>();
    for (const input of [{ connection: null }, { connection }]) {
      for (const edge of transitionsFrom(input)) {
        for (const def of syncMachine.getTransitionData(edge.state as Snapshot, edge.event as never)) taken.add(def);
      }
    }
    const missed = [...declared]
      .filter((d) => !taken.has(d))
      .map((d) => `${(d as { source: { id: string } }).source.id} on ${(d as { eventType: string }).eventType}`);
    expect(missed).toEqual([]);
  });

  it('retries by itself after a failure time can fix, once its delay has passed and not before', async () => {
    const { actor, happen, runs } = start({ connection });
    await happen({ type: 'xstate.error.actor.runSync', error: errorFromResponse(503, '', 'Sending') });
    expect(actor.getSnapshot().context.error).toMatchObject({ kind: 'server' });
    expect(runs()).toBe(1);
    await happen({ type: 'xstate.after.retryAfterFailure.sync.waiting' });
    expect(runs()).toBe(2);
    await happen({ type: 'xstate.done.actor.runSync', output: report });
    expect(actor.getSnapshot().context).toMatchObject({ error: null, lastReport: report });
  });

  it('disconnecting during a run forgets a run asked for meanwhile, so reconnecting syncs once', async () => {
    const { actor, happen, runs } = start({ connection });
    await happen({ type: 'sync.request' });
    await happen({ type: 'connection.clear' });
    expect(actor.getSnapshot().context.again).toBe(false);
    await happen({ type: 'connection.set', connection });
    await happen({ type: 'xstate.done.actor.runSync', output: report });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(runs()).toBe(2);
  });

  it('stops on a refusal with advice, and no time passing makes it run again', async () => {
    const { actor, happen, runs } = start({ connection });
    await happen({ type: 'xstate.error.actor.runSync', error: errorFromResponse(401, '', 'Sending') });
    expect(actor.getSnapshot().context.error?.advice).toBe('reconnect');
    await happen({ type: 'xstate.after.retryAfterFailure.sync.waiting' });
    await happen({ type: 'xstate.after.interval.sync.idle' });
    expect(runs()).toBe(1);
  });
});
