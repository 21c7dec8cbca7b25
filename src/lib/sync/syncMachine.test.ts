import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { LrsConnection } from './lrsConnectionSchema';
import type { SyncReport } from './runSync';
import { errorFromResponse, offlineError } from './syncError';
import { syncMachine } from './syncMachine';

const connection: LrsConnection = { endpoint: 'https://lrs.example/xapi/', username: 'k', password: 's', agent: { mbox: 'mailto:a@example.org' }, kind: 'lrs' };
const report: SyncReport = { sent: 2, received: 1, journey: 'sent' };

/** The machine with a scripted sync run: each run takes the next outcome. */
function machineWith(outcomes: Array<SyncReport | Error>) {
  let runs = 0;
  const machine = syncMachine.provide({
    actors: {
      runSync: fromPromise(async () => {
        const outcome = outcomes[Math.min(runs++, outcomes.length - 1)]!;
        if (outcome instanceof Error) throw outcome;
        return outcome;
      }),
    },
    delays: { retryAfterFailure: 10, interval: 60_000 },
  });
  return { machine, runs: () => runs };
}

describe('syncMachine', () => {
  it('stays disconnected without a connection, and syncs as soon as one is set', async () => {
    const { machine, runs } = machineWith([report]);
    const actor = createActor(machine, { input: { connection: null } }).start();
    expect(actor.getSnapshot().value).toBe('disconnected');
    actor.send({ type: 'sync.request' });
    expect(runs()).toBe(0);
    actor.send({ type: 'connection.set', connection });
    const done = await waitFor(actor, (s) => s.matches('idle'));
    expect(done.context.lastReport).toEqual(report);
    expect(done.context.lastSyncedAt).not.toBeNull();
  });

  it('waits and retries by itself after a failure time can fix, keeping what it said', async () => {
    const { machine, runs } = machineWith([errorFromResponse(503, '', 'Sending'), report]);
    const actor = createActor(machine, { input: { connection } }).start();
    const waiting = await waitFor(actor, (s) => s.matches('waiting'));
    expect(waiting.context.error).toMatchObject({ kind: 'server' });
    const recovered = await waitFor(actor, (s) => s.matches('idle'));
    expect(runs()).toBe(2);
    expect(recovered.context.error).toBeNull();
  });

  it('stops on a refusal and waits for the learner, with advice', async () => {
    const { machine, runs } = machineWith([errorFromResponse(401, '', 'Sending'), report]);
    const actor = createActor(machine, { input: { connection } }).start();
    const stopped = await waitFor(actor, (s) => s.matches('needsAction'));
    expect(stopped.context.error?.advice).toMatch(/enrolment code/);
    await new Promise((r) => setTimeout(r, 30));
    expect(runs()).toBe(1);
    actor.send({ type: 'sync.request' });
    await waitFor(actor, (s) => s.matches('idle'));
    expect(runs()).toBe(2);
  });

  it('goes offline and syncs again when the browser is back online', async () => {
    const { machine, runs } = machineWith([report]);
    const actor = createActor(machine, { input: { connection } }).start();
    await waitFor(actor, (s) => s.matches('idle'));
    actor.send({ type: 'network.offline' });
    expect(actor.getSnapshot().value).toBe('offline');
    actor.send({ type: 'network.online' });
    await waitFor(actor, (s) => s.matches('idle'));
    expect(runs()).toBe(2);
  });

  it('runs once more when asked during a run, so nothing recorded meanwhile waits for the timer', async () => {
    const { machine, runs } = machineWith([report]);
    const actor = createActor(machine, { input: { connection } }).start();
    actor.send({ type: 'sync.request' });
    await waitFor(actor, (s) => s.matches('idle'));
    expect(runs()).toBe(2);
  });

  it('disconnecting forgets the connection and the errors, and stops syncing', async () => {
    const { machine } = machineWith([offlineError('Sending', new Error('down'))]);
    const actor = createActor(machine, { input: { connection } }).start();
    await waitFor(actor, (s) => s.matches('waiting'));
    actor.send({ type: 'connection.clear' });
    expect(actor.getSnapshot().value).toBe('disconnected');
    expect(actor.getSnapshot().context).toMatchObject({ connection: null, error: null });
  });
});
