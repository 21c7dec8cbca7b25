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
    const existing = new Set((await db.events.bulkGet(statements.map((s) => s.id))).flatMap((s) => (s ? [s.id] : [])));
    const fresh = statements.filter((s) => !existing.has(s.id));
    await db.events.bulkAdd(fresh);
    await db.outbox.bulkAdd(fresh.map((s) => ({ id: s.id })));
  });
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
