/** Whether this browser keeps Cohesion's data under storage pressure: persisted, best effort, or unknown. */
export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported';

/** The current persistence state, without asking for anything. */
export async function persistenceState(): Promise<PersistenceState> {
  if (!navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'persisted' : 'best-effort';
}

/**
 * Asks the browser to keep Cohesion's data even when storage runs low. Browsers decide by their
 * own rules (Chromium grants it to sites used often or installed; Firefox asks the person), so a
 * refusal is normal and is explained on the "Your data" page.
 */
export async function requestPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
}
