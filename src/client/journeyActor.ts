import { createActor, type Actor } from 'xstate';
import { learnerId, loadStatements, recordStatements } from '../db/events';
import { loadJourneySnapshot, saveJourneySnapshot } from '../db/journeySnapshot';
import { saveRegion } from '../db/region';
import { actorOf, loadSyncRecord } from '../db/syncStore';
import { createJourneyMachine, type JourneyContext, type JourneyEvent, type JourneyMachine } from '../lib/journey/journeyMachine';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { deriveProgress } from '../lib/progress/deriveProgress';
import type { Stamp } from '../lib/progress/statements';
import { statementsForTransition } from '../lib/progress/statementsForTransition';
import { requestPersistence } from './requestPersistence';
import { RECORDED_EVENT, SYNCED_EVENT } from './syncEvents';

export type JourneyActor = Actor<JourneyMachine>;

let running: Promise<{ actor: JourneyActor; curriculum: PlannerCurriculum }> | undefined;

/**
 * The learner's journey actor for this page: restored from IndexedDB (or new), repaired if the
 * curriculum changed since it was saved, brought up to date with the event log (which may hold
 * progress imported from another device), and saved again after every transition. Every
 * transition's learning events are appended to the log as xAPI statements. One per page.
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
const UNRECORDED = new Set(['xstate.init', 'curriculum.check', 'progress.merge', 'notice.dismiss']);

async function start() {
  const [curriculum, stored, log, learner, sync] = await Promise.all([
    fetch('/curriculum.json').then((r) => r.json() as Promise<PlannerCurriculum>),
    loadJourneySnapshot(),
    loadStatements(),
    learnerId(),
    loadSyncRecord(),
  ]);
  const stamp: Stamp = {
    // Connected to an LRS, statements speak for the agent it knows this learner as.
    actor: sync.connection ? actorOf(sync.connection.agent) : { objectType: 'Agent', account: { homePage: location.origin, name: learner } },
    id: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
  };
  let previous: JourneyContext | undefined;
  const inspect = (event: { type: string; snapshot?: unknown; event?: unknown }) => {
    if (event.type !== '@xstate.snapshot') return;
    const next = (event.snapshot as { context: JourneyContext }).context;
    const cause = event.event as JourneyEvent | { type: string };
    if (previous && !UNRECORDED.has(cause.type)) {
      void recordStatements(statementsForTransition(stamp, curriculum, previous, next, cause as JourneyEvent))
        .then(() => window.dispatchEvent(new Event(RECORDED_EVENT)))
        .catch((error) => console.error('Cohesion: could not record a learning event.', error));
    }
    previous = next;
  };

  const machine = createJourneyMachine(curriculum);
  let actor: JourneyActor;
  try {
    actor = createActor(machine, { ...(stored ? { snapshot: stored as never } : {}), inspect }).start();
  } catch (error) {
    // A snapshot this machine cannot read (e.g. from a much older release): start afresh but say so.
    console.warn('Cohesion: the saved journey could not be restored and was reset.', error);
    actor = createActor(machine, { inspect }).start();
  }
  if (actor.getSnapshot().context.curriculumVersion !== curriculum.version) actor.send({ type: 'curriculum.check' });
  const mergeProgress = (events: Parameters<typeof deriveProgress>[0]) => {
    const progress = deriveProgress(events);
    const done = (status: string) => Object.entries(progress.modules).filter(([, m]) => m.status === status).map(([id]) => id);
    actor.send({ type: 'progress.merge', completed: done('completed'), testedOut: done('tested-out') });
  };
  mergeProgress(log);
  // Progress from other devices arrives through sync: merge it into the journey as it comes.
  window.addEventListener(SYNCED_EVENT, () => void loadStatements().then(mergeProgress));
  void import('./syncEngine').then((m) => m.getSyncEngine());

  let region = actor.getSnapshot().context.region;
  // Each transition is written at once: IndexedDB applies write transactions on one store in the
  // order they were created, so the last snapshot wins, and nothing waits behind a slower write
  // when the learner navigates away.
  const save = () => saveJourneySnapshot(actor.getPersistedSnapshot()).catch((error) => console.error('Cohesion: could not save the journey.', error));
  void save();
  let wasPlanned = actor.getSnapshot().context.journey !== null;
  actor.subscribe((snapshot) => {
    void save();
    if (snapshot.context.region !== region) {
      region = snapshot.context.region;
      void saveRegion(region);
    }
    // The first plan is the moment there is something worth keeping: ask the browser to keep it.
    if (!wasPlanned && snapshot.context.journey !== null) {
      wasPlanned = true;
      void requestPersistence();
    }
  });
  return { actor, curriculum };
}
