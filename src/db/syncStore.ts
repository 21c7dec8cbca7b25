import type { LearningStatement } from '../lib/progress/statements';
import type { LrsAgent, LrsConnection } from '../lib/sync/lrsConnectionSchema';
import type { JourneySyncMark } from '../lib/sync/reconcileJourney';
import type { JourneyStore } from '../lib/sync/runSync';
import type { SyncStore } from '../lib/sync/syncStore';
import type { AppDB, SyncRecord } from './AppDB';
import { db as defaultDb } from './db';
import { addToLog } from './events';
import { adoptJourneyRecord } from './journeySnapshot';

async function record(db: AppDB): Promise<SyncRecord> {
  return (await db.sync.get('me')) ?? { id: 'me', device: crypto.randomUUID() };
}
async function update(db: AppDB, change: Partial<SyncRecord>): Promise<void> {
  await db.transaction('rw', db.sync, async () => db.sync.put({ ...(await record(db)), ...change }));
}

/** The sync row as it is now (connection, cursor, last sync); the first call stores a new device id. */
export async function loadSyncRecord(db: AppDB = defaultDb): Promise<SyncRecord> {
  const stored = await db.sync.get('me');
  if (stored) return stored; // the common case: a read, no write on every page
  return db.transaction('rw', db.sync, async () => {
    const current = await record(db);
    await db.sync.put(current);
    return current;
  });
}

/**
 * Connects this browser to an LRS. Statements recorded before connecting were never sent
 * anywhere, so they are rewritten, in one transaction, to speak for the agent the LRS knows this
 * learner as (an LRS refuses statements about someone else); sent ones are never touched.
 */
export async function connect(connection: LrsConnection, db: AppDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.sync, db.events, db.outbox, async () => {
    const unsent = (await db.outbox.toCollection().primaryKeys()) as string[];
    const statements = (await db.events.bulkGet(unsent)).filter((s): s is LearningStatement => s !== undefined);
    await db.events.bulkPut(statements.map((s) => ({ ...s, actor: actorOf(connection.agent) })));
    await db.sync.put({ ...(await record(db)), connection, cursor: undefined, journeyMark: undefined });
  });
}

/** Disconnects: nothing local is deleted; unsent statements stay queued for a later connection. */
export async function disconnect(db: AppDB = defaultDb): Promise<void> {
  await update(db, { connection: undefined });
}

/** Notes a finished sync run. */
export async function markSynced(at: string, db: AppDB = defaultDb): Promise<void> {
  await update(db, { lastSyncedAt: at });
}

/** How many statements wait to be sent. */
export function pendingCount(db: AppDB = defaultDb): Promise<number> {
  return db.outbox.count();
}

/** The xAPI actor statements use for an LRS agent. */
export function actorOf(agent: LrsAgent): LearningStatement['actor'] {
  return { objectType: 'Agent', ...agent } as LearningStatement['actor'];
}

/** SyncStore and JourneyStore over this database, for runSync. */
export function createSyncStore(db: AppDB = defaultDb): SyncStore & JourneyStore {
  return {
    async outboxBatch(limit) {
      const ids = (await db.outbox.toCollection().primaryKeys()) as string[];
      const statements = (await db.events.bulkGet(ids)).filter((s): s is LearningStatement => s !== undefined);
      return statements
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id))
        .slice(0, limit);
    },
    async markSent(ids) {
      await db.outbox.bulkDelete([...ids]);
    },
    async addPulled(statements) {
      return db.transaction('rw', db.events, async () => (await addToLog(statements, db)).length);
    },
    async quarantine(rejected) {
      if (rejected.length === 0) return 0;
      const receivedAt = new Date().toISOString();
      const rows = rejected.map(({ statement, reason }) => {
        const id = (statement as { id?: unknown } | null)?.id;
        return {
          key: typeof id === 'string' && id !== '' ? id : crypto.randomUUID(),
          statement,
          reason,
          source: 'sync' as const,
          receivedAt,
        };
      });
      return db.transaction('rw', db.quarantine, async () => {
        // The same bad statement pulled again (an overlapping pull) is kept once.
        const known = new Set((await db.quarantine.bulkGet(rows.map((r) => r.key))).flatMap((r) => (r ? [r.key] : [])));
        const fresh = rows.filter((r) => !known.has(r.key));
        await db.quarantine.bulkAdd(fresh);
        return fresh.length;
      });
    },
    pullCursor: async () => (await record(db)).cursor,
    setPullCursor: (cursor) => update(db, { cursor }),
    // What is sent to other devices must be a record they can read: checked, older snapshots converted. Loaded
    // when a sync runs: its validation (zod) is no part of what a page needs before the learner interacts.
    journey: async () => {
      const { readJourneyRecord } = await import('../lib/journey/readJourneyRecord');
      return readJourneyRecord(await db.journey.get('me'));
    },
    adoptJourney: (record) => adoptJourneyRecord(record, db),
    journeyMark: async (): Promise<JourneySyncMark | undefined> => (await record(db)).journeyMark,
    setJourneyMark: (journeyMark) => update(db, { journeyMark }),
  };
}
