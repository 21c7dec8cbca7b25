/** What a failed IndexedDB operation means for the learner, and what they can do. */
export interface StorageFailure {
  kind: 'full' | 'unavailable';
  message: string;
  advice: string;
}

const names = (error: unknown): string[] => {
  const out: string[] = [];
  for (
    let e = error as { name?: unknown; inner?: unknown; message?: unknown } | null | undefined, depth = 0;
    e && depth < 4;
    e = e.inner as typeof e, depth++
  ) {
    if (typeof e.name === 'string') out.push(e.name);
    if (typeof e.message === 'string' && /quota/i.test(e.message)) out.push('QuotaExceededError');
  }
  return out;
};

/**
 * Explains a storage error (a Dexie error or the DOMException inside it): the device's storage is
 * full (QuotaExceededError), or this browser does not let the site store anything (IndexedDB
 * missing, blocked or failing, as in some private modes). Never speaks of the network: the cause
 * is storage.
 */
export function describeStorageFailure(error: unknown): StorageFailure {
  if (names(error).includes('QuotaExceededError')) {
    return {
      kind: 'full',
      message: 'Your progress cannot be saved: this browser’s storage for Cohesion is full.',
      advice:
        'What you do now is kept while this page stays open and saved as soon as there is room. Free some space (delete files or other sites’ data, or clear the browser’s cache), then keep going; export your data from “Your data” to be safe.',
    };
  }
  return {
    kind: 'unavailable',
    message: 'Your progress cannot be saved: this browser is not letting Cohesion store data.',
    advice:
      'What you do now is kept while this page stays open and saved as soon as storage works again. Private or incognito windows, and some privacy settings, block site storage: open Cohesion in a normal window, or allow site data for it.',
  };
}
