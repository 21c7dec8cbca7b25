import Dexie, { type EntityTable } from 'dexie';
import type { FieldCaseInput } from '../lib/cases/fieldCaseSchema';
import type { Message } from '../lib/i18n/formatMessage';
import type { LearningStatement } from '../lib/progress/statements';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import type { JourneySyncMark } from '../lib/sync/reconcileJourney';
import { DATABASE_NAME } from './databaseName';

/** The learner's settings: one row, id "me". */
export interface Profile {
  id: 'me';
  /** Region or healthcare archetype id from content/regions.yaml. */
  region: string;
  /** A random UUID naming this learner in xAPI statements (account name); created on first use. */
  learnerId?: string;
  /** The UI locale the learner chose in the language switcher (e.g. "fr"); absent until they choose. */
  locale?: string;
  updatedAt: string;
}

/** A statement id waiting to be sent to a Learning Record Store. */
export interface OutboxEntry {
  id: string;
}

/** A private note written in a module's <Reflection>. */
export interface ReflectionNote {
  /** `<module id>/<reflection id>` */
  key: string;
  moduleId: string;
  text: string;
  updatedAt: string;
}

/** An exercise whose solution the learner has opened: kept so it stays open on their next visit. */
export interface RevealedSolution {
  /** `<module id>/<exercise id>` */
  key: string;
  moduleId: string;
  revealedAt: string;
}

/**
 * The persisted snapshot of the learner's journey machine: one row, id "me". Sync and readers
 * outside the machine see it as a journey record (src/lib/journey/journeyRecord.ts).
 */
export interface SavedJourney {
  id: 'me';
  /** XState's persisted snapshot, as returned by actor.getPersistedSnapshot(). */
  snapshot: unknown;
  updatedAt: string;
  /** When the self-assessment was last scored (its estimates changed); absent in rows saved before. */
  assessedAt?: string | null;
}

/** Sync settings and progress: one row, id "me". Absent until the learner connects. */
export interface SyncRecord {
  id: 'me';
  /** Where and as whom to sync; undefined once disconnected. */
  connection?: LrsConnection | undefined;
  /** A random id for this browser, written into the journey document it syncs. */
  device: string;
  /** The `stored` time of the newest statement pulled from the LRS. */
  cursor?: string | undefined;
  /** The journey document's ETag and the journey's updatedAt when this device last synced it. */
  journeyMark?: JourneySyncMark | undefined;
  lastSyncedAt?: string | undefined;
}

/** A statement that came from elsewhere (a sync pull) and failed validation: kept, never in the log. */
export interface QuarantinedStatement {
  /** The statement's id when it has a usable one, else a random UUID. */
  key: string;
  /** The statement exactly as it arrived. */
  statement: unknown;
  /** Why it was refused, for "Your data". */
  reason: string;
  source: 'sync';
  receivedAt: string;
}

/** Review reminders, turned on: what they say in the learner's language, and which due cards they announced. One row, id "review". */
export interface ReminderRecord {
  id: 'review';
  /** The notification's words, saved from the page's catalogue when the learner turned reminders on. */
  words: { locale: string; title: string; body: Message; url: string };
  /** What the last reminder announced (`reviewReminder`'s keys): never announced twice. */
  reminded: string[];
}

/** What a learner writes in the "Share a practice" form: a field case before the server has checked it. */
export type CaseFields = Omit<FieldCaseInput, 'id'>;

/**
 * A field case written in this browser and not yet accepted by the server. `queued` drafts go out
 * on the next sync; a refused one stays, with the server's message, until the learner fixes it.
 */
export interface CaseDraft {
  /** The case's id (a UUID made here): resending it is idempotent on the server. */
  id: string;
  fields: CaseFields;
  state: 'draft' | 'queued' | 'refused';
  /** True when the server already holds the case (changes were requested): it is sent as an update. */
  resubmit: boolean;
  /** The server's message when it refused the case. */
  refusal?: string | undefined;
  updatedAt: string;
}

/** An approved field case as the library last served it, kept for reading offline. */
export interface CachedCase {
  id: string;
  /** The case as `/api/cases/library` returned it. */
  entry: unknown;
  /** When this browser fetched it. */
  cachedAt: string;
}

/**
 * The tables each version of the database added, version 1 first (Dexie's `stores()` syntax).
 * Only ever appended to, never edited: a browser holding an older version upgrades through every later one.
 */
export const storesByVersion: ReadonlyArray<Record<string, string>> = [
  // v1: the learner's profile and reflections.
  { profile: 'id', reflections: 'key, moduleId, updatedAt' },
  // v2: the journey machine's snapshot.
  { journey: 'id' },
  // v3: the append-only learning-event log (xAPI statements) and the sync outbox.
  { events: 'id, timestamp, verb.id, object.id', outbox: 'id' },
  // v4: optional sync with a Learning Record Store.
  { sync: 'id' },
  // v5: statements pulled from a server that failed validation, kept apart from the log.
  { quarantine: 'key, receivedAt' },
  // v6: the exercises whose solution the learner has revealed.
  { revealedSolutions: 'key, moduleId' },
  // v7: review reminders the service worker shows, when the learner turned them on.
  { reminders: 'id' },
  // v8: field cases: the learner's drafts waiting for sync, and the approved library kept for offline reading.
  { caseDrafts: 'id, state', fieldCases: 'id' },
];

/** Declares versions 1 to `upTo` of the schema on a Dexie database (all of them unless told). */
export function declareVersions(db: Dexie, upTo = storesByVersion.length): void {
  for (const [i, stores] of storesByVersion.slice(0, upTo).entries()) db.version(i + 1).stores(stores);
}

/**
 * Cohesion's IndexedDB database. Versions are only ever added, never edited: each new version
 * gets an upgrade test that opens a database made by the version before it.
 */
export class AppDB extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  reflections!: EntityTable<ReflectionNote, 'key'>;
  journey!: EntityTable<SavedJourney, 'id'>;
  events!: EntityTable<LearningStatement, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  sync!: EntityTable<SyncRecord, 'id'>;
  quarantine!: EntityTable<QuarantinedStatement, 'key'>;
  revealedSolutions!: EntityTable<RevealedSolution, 'key'>;
  reminders!: EntityTable<ReminderRecord, 'id'>;
  caseDrafts!: EntityTable<CaseDraft, 'id'>;
  fieldCases!: EntityTable<CachedCase, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    declareVersions(this);
  }
}
