import { type Actor, createActor, type Observer, type SnapshotFrom, type Subscription } from 'xstate';
import type { SyncRecord } from '../db/AppDB';
import { learnerId, loadStatements, recordStatements } from '../db/events';
import { loadJourneySnapshot, saveJourneySnapshot } from '../db/journeySnapshot';
import { saveRegion } from '../db/region';
import { actorOf, loadSyncRecord } from '../db/syncStore';
import { createJourneyMachine, type JourneyEvent, type JourneyMachine } from '../lib/journey/journeyMachine';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { deriveProgress } from '../lib/progress/deriveProgress';
import { mergeLogs } from '../lib/progress/mergeLogs';
import { factsOfProgress } from '../lib/progress/moduleStatus';
import type { LearningStatement, Stamp } from '../lib/progress/statements';
import { statementsForTransition } from '../lib/progress/statementsForTransition';
import { pageBase } from './pageBase';
import { createPendingWrites } from './pendingWrites';
import { requestPersistence } from './requestPersistence';
import { sendInOrder } from './sendInOrder';
import { showStorageState } from './storageNotice';
import { RECORDED_EVENT, SYNCED_EVENT } from './syncEvents';
import { ATTEMPT_PREFIX, replayAttempts } from './ungradedAttempts';
import { pageStorage, storageJournal } from './writeAheadJournal';

type JourneySnapshot = SnapshotFrom<JourneyMachine>;

/**
 * The learner's journey on this page: a stable handle over the journey machine's actor. The actor
 * behind it is replaced when another tab of this browser changes the journey, so every part of
 * the page (islands, the module box) keeps one handle and always sees the one journey.
 */
export interface JourneyActor {
  send(event: JourneyEvent): void;
  getSnapshot(): JourneySnapshot;
  subscribe(observer: ((snapshot: JourneySnapshot) => void) | Partial<Observer<JourneySnapshot>>): Subscription;
  /** Writes the journey as it is now and resolves once it is stored (e.g. before leaving the page). */
  save(): Promise<void>;
  /**
   * Records learning statements that are no journey transition (a review's answers), stamped for this
   * learner and written like the journey's own: journaled first, retried if storage refuses, then synced.
   */
  record(make: (stamp: Stamp) => LearningStatement[]): Promise<void>;
}

/** Tabs of this browser tell each other, by this channel, that the stored journey changed. */
const CHANNEL = 'cohesion-journey';

let running: Promise<{ actor: JourneyActor; curriculum: PlannerCurriculum }> | undefined;

/**
 * The learner's journey for this page: restored from IndexedDB (or new), repaired if the
 * curriculum changed since it was saved, brought up to date with the event log (which may hold
 * progress imported from another device), and saved again after every transition. Every
 * transition's learning events are appended to the log as xAPI statements. One journey per
 * browser: a tab that saves tells the others, which adopt the saved journey. Writes that storage
 * refuses are kept in memory and retried, and the learner is told why. One per page.
 */
export function getJourney(): Promise<{ actor: JourneyActor; curriculum: PlannerCurriculum }> {
  // A failed start (e.g. offline before the site was cached) can be tried again later.
  running ??= start().catch((error: unknown) => {
    running = undefined;
    throw error;
  });
  return running;
}

// Housekeeping events change no learning: they produce no statements.
const UNRECORDED = new Set<JourneyEvent['type']>(['curriculum.check', 'progress.merge', 'notice.dismiss']);

/** Reads from IndexedDB; when storage is unavailable, says so and goes on with `fallback` (in memory). */
async function orInMemory<T>(read: Promise<T>, fallback: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    showStorageState(error);
    return fallback;
  }
}

async function start() {
  const [curriculum, saved, savedLog, learner, sync] = await Promise.all([
    fetch(`${pageBase()}curriculum.json`).then((r) => r.json() as Promise<PlannerCurriculum>),
    orInMemory(loadJourneySnapshot(), undefined),
    orInMemory(loadStatements(), [] as LearningStatement[]),
    orInMemory(learnerId(), crypto.randomUUID()),
    orInMemory(loadSyncRecord(), { id: 'me', device: crypto.randomUUID() } as SyncRecord),
  ]);
  const stamp: Stamp = {
    // Connected to an LRS, statements speak for the agent it knows this learner as.
    actor: sync.connection
      ? actorOf(sync.connection.agent)
      : { objectType: 'Agent', account: { homePage: location.origin, name: learner } },
    id: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
  };
  const writes = createPendingWrites(showStorageState);
  // Every write is noted in the journal before IndexedDB starts it (see writeAheadJournal): what an
  // earlier page left unwritten when the learner moved on is replayed here, before anything else.
  const journal = storageJournal(pageStorage());
  const leftOver = journal.unsettled();
  const unwritten = leftOver.flatMap(({ key, entry }) =>
    key.startsWith('statements:') ? (entry as LearningStatement[]) : [],
  );
  const stored = leftOver.findLast(({ key }) => key === 'journey')?.entry ?? saved;
  const log = mergeLogs(savedLog, unwritten);
  const record = (statements: LearningStatement[]) => {
    const key = `statements:${statements[0]!.id}`;
    const token = journal.note(key, statements);
    return writes.write(() => recordStatements(statements)).then(() => journal.settle(key, token));
  };
  for (const { key, entry } of leftOver)
    if (key.startsWith('statements:'))
      void record(entry as LearningStatement[]).then(() => window.dispatchEvent(new Event(RECORDED_EVENT)));
  // Leaving while storage refuses writes would lose them: let the browser ask the learner first.
  window.addEventListener('beforeunload', (event) => {
    if (writes.waiting > 0) event.preventDefault();
  });
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

  const machine = createJourneyMachine(curriculum);
  const create = (snapshot: unknown) => {
    try {
      return createActor(machine, snapshot ? { snapshot: snapshot as never } : {}).start();
    } catch (error) {
      // A snapshot this machine cannot read (e.g. from a much older release): start afresh but say so.
      console.warn('Cohesion: the saved journey could not be restored and was reset.', error);
      return createActor(machine).start();
    }
  };
  // Each transition's learning events come from its own before and after (see sendInOrder).
  const send = sendInOrder(
    () => inner,
    (before, after, event) => {
      if (UNRECORDED.has(event.type)) return;
      const recorded = statementsForTransition(stamp, curriculum, before, after, event);
      if (recorded.length > 0) void record(recorded).then(() => window.dispatchEvent(new Event(RECORDED_EVENT)));
    },
  );

  const observers = new Set<Partial<Observer<JourneySnapshot>>>();
  let inner: Actor<JourneyMachine>;
  let region: string;
  let wasPlanned: boolean;
  // Each transition is written at once (in order, retried if storage refuses), then the other
  // tabs are told; the last snapshot wins.
  const save = () => {
    const snapshot = inner.getPersistedSnapshot();
    const token = journal.note('journey', snapshot);
    return writes
      .write(() => saveJourneySnapshot(snapshot), 'journey')
      .then(() => {
        journal.settle('journey', token);
        channel?.postMessage('saved');
      });
  };
  const follow = (actor: Actor<JourneyMachine>) => {
    inner = actor;
    region = actor.getSnapshot().context.region;
    wasPlanned = actor.getSnapshot().context.journey !== null;
    actor.subscribe((snapshot) => {
      if (inner !== actor) return;
      void save();
      if (snapshot.context.region !== region) {
        region = snapshot.context.region;
        void writes.write(() => saveRegion(region));
      }
      // The first plan is the moment there is something worth keeping: ask the browser to keep it.
      if (!wasPlanned && snapshot.context.journey !== null) {
        wasPlanned = true;
        void requestPersistence();
      }
      for (const o of observers) o.next?.(snapshot);
    });
  };
  follow(create(stored));

  if (inner!.getSnapshot().context.curriculumVersion !== curriculum.version) send({ type: 'curriculum.check' });
  const mergeProgress = (events: readonly LearningStatement[]) => {
    const { completed, testedOut } = factsOfProgress(deriveProgress(events));
    send({ type: 'progress.merge', completed: [...completed], testedOut: [...testedOut] });
  };
  mergeProgress(log);
  // Answers an earlier page noted but left before grading: graded and recorded here.
  const attempts = leftOver.filter(({ key }) => key.startsWith(ATTEMPT_PREFIX));
  if (attempts.length > 0) void replayAttempts(attempts, send);
  // Progress from other devices arrives through sync: merge it into the journey as it comes.
  window.addEventListener(SYNCED_EVENT, () => void loadStatements().then(mergeProgress));
  // Connected to an LRS, this page syncs; otherwise there is nothing to send anywhere, and the sync engine (its
  // machine, LRS client and validation) stays off the page: the Sync page starts it when the learner connects.
  if (sync.connection) void import('./syncEngine').then((m) => m.getSyncEngine());
  void save();

  // Another tab saved the journey: adopt what it saved, so this tab never writes back an older one.
  channel?.addEventListener('message', () => {
    void loadJourneySnapshot().then((latest) => {
      if (!latest || JSON.stringify(latest) === JSON.stringify(inner.getPersistedSnapshot())) return;
      const old = inner;
      follow(create(latest));
      old.stop();
      for (const o of observers) o.next?.(inner.getSnapshot());
      // Had this tab acted in the instant before adopting, what it did is in the log: merge it back.
      return loadStatements().then(mergeProgress);
    });
  });

  const actor: JourneyActor = {
    send,
    getSnapshot: () => inner.getSnapshot(),
    save: () => save(),
    record: (make) => {
      const statements = make(stamp);
      if (statements.length === 0) return Promise.resolve();
      return record(statements).then(() => void window.dispatchEvent(new Event(RECORDED_EVENT)));
    },
    subscribe(observer) {
      const o = typeof observer === 'function' ? { next: observer } : observer;
      observers.add(o);
      return { unsubscribe: () => void observers.delete(o) };
    },
  };
  return { actor, curriculum };
}
