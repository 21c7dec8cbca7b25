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
  /**
   * Forgets the entry under `key` once its write has committed, unless a newer note has replaced it
   * since. False only when the note is known to be gone already (another page settled it first).
   */
  settle(key: string, token: string): boolean;
  /** Whether the note under `key` is still the one `token` names (no newer note replaced it, nobody settled it). */
  holds(key: string, token: string): boolean;
  /** Entries whose writes were never settled (a page closed first), oldest first, with their notes' tokens. */
  unsettled(): Array<{ key: string; entry: unknown; token: string }>;
}

/** The localStorage key of every note starts with this (the journey page's inline first-visit script reads it too). */
export const JOURNAL_PREFIX = 'cohesion.journal.';
/** The token of a note storage refused to keep. */
const UNWRITTEN = '';

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
      const written = guard(false, () => {
        storage!.setItem(JOURNAL_PREFIX + key, JSON.stringify({ token, at: Date.now(), entry }));
        return true;
      });
      return written ? token : UNWRITTEN;
    },
    settle(key, token) {
      if (token === UNWRITTEN) return true; // nothing was noted, so nobody else can have settled it
      return guard(true, () => {
        const raw = storage!.getItem(JOURNAL_PREFIX + key);
        if (raw === null) return false;
        if ((JSON.parse(raw) as { token: string }).token === token) storage!.removeItem(JOURNAL_PREFIX + key);
        return true;
      });
    },
    holds(key, token) {
      return guard(false, () => {
        const raw = storage!.getItem(JOURNAL_PREFIX + key);
        return raw !== null && (JSON.parse(raw) as { token: string }).token === token;
      });
    },
    unsettled() {
      return guard([], () => {
        const found: Array<{ key: string; entry: unknown; token: string; at: number }> = [];
        const names = Array.from({ length: storage!.length }, (_, i) => storage!.key(i));
        for (const name of names) {
          if (!name?.startsWith(JOURNAL_PREFIX)) continue;
          try {
            const { at, entry, token } = JSON.parse(storage!.getItem(name)!) as {
              at: number;
              entry: unknown;
              token: string;
            };
            found.push({ key: name.slice(JOURNAL_PREFIX.length), entry, token, at });
          } catch {
            storage!.removeItem(name); // Not ours to read: a torn or foreign entry.
          }
        }
        return found.sort((a, b) => a.at - b.at).map(({ key, entry, token }) => ({ key, entry, token }));
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
