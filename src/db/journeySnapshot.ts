import type { JourneyContext } from '../lib/journey/journeyMachine';
import type { JourneyRecord } from '../lib/journey/journeyRecord';
import { type JourneyStateValue, journeyRecordOf } from '../lib/journey/journeyRecordOf';
import { journeySnapshotOf } from '../lib/journey/journeySnapshotOf';
import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';

/** The stored journey snapshot, or undefined for a learner who has not started. */
export async function loadJourneySnapshot(db: AppDB = defaultDb): Promise<unknown> {
  return (await db.journey.get('me'))?.snapshot;
}

/**
 * Replaces the stored journey snapshot. An unchanged snapshot is not written, so `updatedAt` says
 * when the journey last really changed (sync compares it across devices), and `assessedAt` when
 * its self-assessment was last scored; `now` is the clock. `stillWanted` is asked inside the write's
 * transaction: when it says no (a newer journey is on its way), nothing is written.
 */
export async function saveJourneySnapshot(
  snapshot: unknown,
  db: AppDB = defaultDb,
  now: () => Date = () => new Date(),
  stillWanted: () => boolean = () => true,
): Promise<void> {
  await db.transaction('rw', db.journey, async () => {
    if (!stillWanted()) return;
    const current = await db.journey.get('me');
    if (current && JSON.stringify(current.snapshot) === JSON.stringify(snapshot)) return;
    const at = now().toISOString();
    const estimates = (s: unknown) => JSON.stringify((s as { context?: { estimates?: unknown } })?.context?.estimates);
    const assessedAt =
      estimates(snapshot) === '[]' || estimates(snapshot) === undefined
        ? null
        : estimates(snapshot) !== estimates(current?.snapshot)
          ? at
          : (current?.assessedAt ?? null);
    await db.journey.put({ id: 'me', snapshot, updatedAt: at, assessedAt });
  });
}

/**
 * The stored journey as a journey record, for pages that show it without running the machine;
 * undefined before the learner starts or when it is no machine snapshot. Taken as this browser's
 * machine saved it, unchecked (sync, which sends it elsewhere, checks it with readJourneyRecord).
 */
export async function loadJourneyRecord(db: AppDB = defaultDb): Promise<JourneyRecord | undefined> {
  const saved = await db.journey.get('me');
  const snapshot = saved?.snapshot as { value?: JourneyStateValue; context?: JourneyContext } | undefined;
  if (!saved || !snapshot?.value || typeof snapshot.context?.region !== 'string') return undefined;
  return journeyRecordOf(
    { value: snapshot.value, context: snapshot.context },
    { updatedAt: saved.updatedAt, assessedAt: saved.assessedAt ?? null },
  );
}

/** Replaces the stored journey with the one a record describes (another device's, adopted by sync). */
export async function adoptJourneyRecord(record: JourneyRecord, db: AppDB = defaultDb): Promise<void> {
  await db.journey.put({
    id: 'me',
    snapshot: journeySnapshotOf(record),
    updatedAt: record.updatedAt,
    assessedAt: record.assessedAt,
  });
}
