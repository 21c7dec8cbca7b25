/** What a failed IndexedDB operation means for the learner: the device's storage is full, or the browser lets the site store nothing. */
export interface StorageFailure {
  kind: 'full' | 'unavailable';
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
 * is storage. The page says it in its language (`storageNotice`).
 */
export function describeStorageFailure(error: unknown): StorageFailure {
  if (names(error).includes('QuotaExceededError')) {
    return { kind: 'full' };
  }
  return { kind: 'unavailable' };
}
