import Dexie, { type EntityTable } from 'dexie';

/** The learner's settings: one row, id "me". */
export interface Profile {
  id: 'me';
  /** Region or healthcare archetype id from content/regions.yaml. */
  region: string;
  updatedAt: string;
}

/** A private note written in a module's <Reflection>. */
export interface ReflectionNote {
  /** `<module id>/<reflection id>` */
  key: string;
  moduleId: string;
  text: string;
  updatedAt: string;
}

/** The persisted snapshot of the learner's journey machine: one row, id "me". */
export interface JourneyRecord {
  id: 'me';
  /** XState's persisted snapshot, as returned by actor.getPersistedSnapshot(). */
  snapshot: unknown;
  updatedAt: string;
}

/**
 * Cohesion's IndexedDB database. Versions are only ever added, never edited: each new version
 * gets an upgrade test that opens a database made by the version before it.
 */
export class AppDB extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  reflections!: EntityTable<ReflectionNote, 'key'>;
  journey!: EntityTable<JourneyRecord, 'id'>;

  constructor(name = 'cohesion') {
    super(name);
    this.version(1).stores({
      profile: 'id',
      reflections: 'key, moduleId, updatedAt',
    });
    // v2: the journey machine's snapshot.
    this.version(2).stores({ journey: 'id' });
  }
}
