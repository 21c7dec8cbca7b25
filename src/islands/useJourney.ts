import { useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import { getJourney, type JourneyActor } from '../client/journeyActor';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';

type Snapshot = ReturnType<JourneyActor['getSnapshot']>;

/** Binds an island to the page's journey actor; null until the actor has been restored. */
export function useJourney(): { actor: JourneyActor; curriculum: PlannerCurriculum } | null {
  const [journey, setJourney] = useState<{ actor: JourneyActor; curriculum: PlannerCurriculum } | null>(null);
  useEffect(() => {
    void getJourney().then(setJourney);
  }, []);
  return journey;
}

/** The actor's current snapshot, re-rendering on every transition. */
export function useJourneySnapshot(actor: JourneyActor): Snapshot {
  return useSelector(actor, (snapshot) => snapshot);
}
