import { notYetStored } from '../lib/progress/mergeLogs';
import type { LearningStatement } from '../lib/progress/statements';
import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';

/**
 * Appends statements to the learning-event log and queues them for sync, in one transaction:
 * when the returned promise resolves, they are committed to disk. Existing ids are left alone
 * (the log is append-only; statements never change).
 */
export async function recordStatements(statements: readonly LearningStatement[], db: AppDB = defaultDb): Promise<void> {
  if (statements.length === 0) return;
  await db.transaction('rw', db.events, db.outbox, async () => {
    const fresh = await addToLog(statements, db);
    await db.outbox.bulkAdd(fresh.map((s) => ({ id: s.id })));
  });
}

/**
 * Adds to the log the statements it does not hold yet (`notYetStored`: the first copy of each new
 * id), inside the caller's transaction over `db.events`, and returns those it added. Every way in
 * (recording, sync pulls, imports) goes through here.
 */
export async function addToLog(statements: readonly LearningStatement[], db: AppDB): Promise<LearningStatement[]> {
  const stored = (await db.events.bulkGet(statements.map((s) => s.id))).flatMap((s) => (s ? [s.id] : []));
  const fresh = notYetStored(statements, new Set(stored));
  await db.events.bulkAdd(fresh);
  return fresh;
}

/** The whole event log, oldest first. */
export async function loadStatements(db: AppDB = defaultDb): Promise<LearningStatement[]> {
  return db.events.orderBy('timestamp').toArray();
}

/** This browser's learner id, created (a random UUID) the first time it is asked for. */
export async function learnerId(db: AppDB = defaultDb): Promise<string> {
  return db.transaction('rw', db.profile, async () => {
    const profile = await db.profile.get('me');
    if (profile?.learnerId) return profile.learnerId;
    const id = crypto.randomUUID();
    await db.profile.put({
      region: 'global',
      updatedAt: new Date().toISOString(),
      ...profile,
      id: 'me',
      learnerId: id,
    });
    return id;
  });
}
