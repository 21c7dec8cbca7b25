/**
 * A write-ahead journal for the learner's writes to IndexedDB. IndexedDB commits asynchronously, so a
 * learner who reloads or follows a link the instant after answering could leave before the write
 * commits, and the page's end aborts it. Each write is first noted here, synchronously, in
 * localStorage (which survives the navigation), and settled once IndexedDB has committed it; the
 * next page replays whatever was left unsettled. Replaying is safe: statements are stored by id
 * (a statement already stored is skipped), and the journey keeps its latest snapshot.
 */
export interface WriteAheadJournal {
  /** Notes `entry` under `key` (replacing an entry with that key) before its write begins; returns the note's token. */
  note(key: string, entry: unknown): string;
  /** Forgets the entry under `key` once its write has committed, unless a newer note has replaced it since. */
  settle(key: string, token: string): void;
  /** Entries whose writes were never settled (a page closed first), oldest first. */
  unsettled(): Array<{ key: string; entry: unknown }>;
}

const PREFIX = 'cohesion.journal.';

/** A journal kept in `storage` (localStorage); without storage (blocked, private mode) it keeps nothing, as before. */
export function storageJournal(storage: Storage | undefined): WriteAheadJournal {
  let sequence = 0;
  const guard = <T>(fallback: T, run: () => T): T => {
    try {
      return storage ? run() : fallback;
    } catch {
      return fallback; // Quota or blocked storage: the IndexedDB write still runs, only unjournaled.
    }
  };
  return {
    note(key, entry) {
      const token = `${Date.now()}-${++sequence}-${Math.random().toString(36).slice(2)}`;
      guard(undefined, () => storage!.setItem(PREFIX + key, JSON.stringify({ token, at: Date.now(), entry })));
      return token;
    },
    settle(key, token) {
      guard(undefined, () => {
        const raw = storage!.getItem(PREFIX + key);
        if (raw && (JSON.parse(raw) as { token: string }).token === token) storage!.removeItem(PREFIX + key);
      });
    },
    unsettled() {
      return guard([], () => {
        const found: Array<{ key: string; entry: unknown; at: number }> = [];
        const names = Array.from({ length: storage!.length }, (_, i) => storage!.key(i));
        for (const name of names) {
          if (!name?.startsWith(PREFIX)) continue;
          try {
            const { at, entry } = JSON.parse(storage!.getItem(name)!) as { at: number; entry: unknown };
            found.push({ key: name.slice(PREFIX.length), entry, at });
          } catch {
            storage!.removeItem(name); // Not ours to read: a torn or foreign entry.
          }
        }
        return found.sort((a, b) => a.at - b.at).map(({ key, entry }) => ({ key, entry }));
      });
    },
  };
}

/** The page's localStorage, or undefined where the browser blocks it. */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
