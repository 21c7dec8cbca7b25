import { createActor, type Actor } from 'xstate';
import { loadJourneySnapshot, saveJourneySnapshot } from '../db/journeySnapshot';
import { saveRegion } from '../db/region';
import { createJourneyMachine, type JourneyMachine } from '../lib/journey/journeyMachine';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';

export type JourneyActor = Actor<JourneyMachine>;

let running: Promise<{ actor: JourneyActor; curriculum: PlannerCurriculum }> | undefined;

/**
 * The learner's journey actor for this page: restored from IndexedDB (or new), repaired if the
 * curriculum changed since it was saved, and saved again after every transition. One per page.
 */
export function getJourney(): Promise<{ actor: JourneyActor; curriculum: PlannerCurriculum }> {
  running ??= start();
  return running;
}

async function start() {
  const [curriculum, stored] = await Promise.all([
    fetch('/curriculum.json').then((r) => r.json() as Promise<PlannerCurriculum>),
    loadJourneySnapshot(),
  ]);
  const machine = createJourneyMachine(curriculum);
  let actor: JourneyActor;
  try {
    actor = createActor(machine, stored ? { snapshot: stored as never } : {}).start();
  } catch (error) {
    // A snapshot this machine cannot read (e.g. from a much older release): start afresh but say so.
    console.warn('Cohesion: the saved journey could not be restored and was reset.', error);
    actor = createActor(machine).start();
  }
  if (actor.getSnapshot().context.curriculumVersion !== curriculum.version) actor.send({ type: 'curriculum.check' });

  let region = actor.getSnapshot().context.region;
  // Each transition is written at once: IndexedDB applies write transactions on one store in the
  // order they were created, so the last snapshot wins, and nothing waits behind a slower write
  // when the learner navigates away.
  const save = () => saveJourneySnapshot(actor.getPersistedSnapshot()).catch((error) => console.error('Cohesion: could not save the journey.', error));
  void save();
  actor.subscribe((snapshot) => {
    void save();
    if (snapshot.context.region !== region) {
      region = snapshot.context.region;
      void saveRegion(region);
    }
  });
  return { actor, curriculum };
}
