import type { LearnerDataFile } from '../lib/progress/learnerDataFile';
import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';
import { addToLog, learnerId } from './events';

/** How much this browser holds for the learner: statements, unsent statements, reflections, whether a journey is saved, the region. */
export interface LocalDataCounts {
  events: number;
  outbox: number;
  reflections: number;
  journey: boolean;
  region: string;
}

/** Counts what the learner's local database holds, for the "Your data" panel. */
export async function countLocalData(db: AppDB = defaultDb): Promise<LocalDataCounts> {
  const [events, outbox, reflections, journey, profile] = await Promise.all([
    db.events.count(),
    db.outbox.count(),
    db.reflections.count(),
    db.journey.get('me'),
    db.profile.get('me'),
  ]);
  return { events, outbox, reflections, journey: !!journey, region: profile?.region ?? 'global' };
}

/** All of this browser's learner data as one exportable object. */
export async function exportLearnerData(db: AppDB = defaultDb): Promise<LearnerDataFile> {
  const id = await learnerId(db);
  return db.transaction('r', [db.profile, db.reflections, db.revealedSolutions, db.journey, db.events], async () => {
    const profile = await db.profile.get('me');
    const journey = await db.journey.get('me');
    return {
      format: 'cohesion-learner-data',
      version: 1,
      exportedAt: new Date().toISOString(),
      learnerId: id,
      profile: profile ? { region: profile.region, updatedAt: profile.updatedAt } : null,
      reflections: (await db.reflections.toArray()).map(({ key, moduleId, text, updatedAt }) => ({
        key,
        moduleId,
        text,
        updatedAt,
      })),
      revealedSolutions: await db.revealedSolutions.toArray(),
      journey: journey ? { snapshot: journey.snapshot, updatedAt: journey.updatedAt } : null,
      events: await db.events.orderBy('timestamp').toArray(),
    };
  });
}

/** What an import changed. */
export interface ImportSummary {
  eventsAdded: number;
  reflectionsUpdated: number;
  regionUpdated: boolean;
  journeyRestored: boolean;
}

/**
 * Merges an (already validated) export into this browser, all or nothing, in one transaction:
 * events are a union by id; a reflection or the region is taken when it is newer than ours; the
 * journey snapshot only when we have none (progress from the other device reaches the journey
 * through the merged events); revealed solutions are a union. Importing the same file twice changes nothing the second time.
 */
export async function importLearnerData(data: LearnerDataFile, db: AppDB = defaultDb): Promise<ImportSummary> {
  return db.transaction('rw', [db.profile, db.reflections, db.revealedSolutions, db.journey, db.events], async () => {
    const fresh = await addToLog(data.events, db);

    let reflectionsUpdated = 0;
    for (const note of data.reflections) {
      const mine = await db.reflections.get(note.key);
      if (!mine || mine.updatedAt < note.updatedAt) {
        await db.reflections.put(note);
        reflectionsUpdated += 1;
      }
    }

    // A revealed solution stays revealed: the earliest reveal is kept.
    for (const solution of data.revealedSolutions) {
      const mine = await db.revealedSolutions.get(solution.key);
      if (!mine || solution.revealedAt < mine.revealedAt) await db.revealedSolutions.put(solution);
    }

    const profile = await db.profile.get('me');
    const regionUpdated =
      !!data.profile &&
      (!profile || profile.updatedAt < data.profile.updatedAt) &&
      profile?.region !== data.profile.region;
    if (regionUpdated && data.profile)
      await db.profile.put({ ...profile, id: 'me', region: data.profile.region, updatedAt: data.profile.updatedAt });

    const journeyRestored = !!data.journey && !(await db.journey.get('me'));
    if (journeyRestored && data.journey) await db.journey.put({ id: 'me', ...data.journey });
    return { eventsAdded: fresh.length, reflectionsUpdated, regionUpdated, journeyRestored };
  });
}
