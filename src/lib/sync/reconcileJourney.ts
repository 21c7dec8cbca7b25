/** The journey as sync compares it: a journey record, or any copy that says when it last changed. */
export interface JourneyCopy {
  updatedAt: string;
}

/** What this device last read or wrote: the document's ETag and the journey's updatedAt then. */
export interface JourneySyncMark {
  etag: string;
  updatedAt: string;
}

/** What to do with the journey: nothing, send this device's, adopt the LRS's, or keep the newer of both. */
export type JourneyDecision<C extends JourneyCopy = JourneyCopy> =
  | { action: 'none' }
  | { action: 'push'; copy: C; ifMatch: string | undefined }
  | { action: 'adopt'; copy: C; etag: string }
  | { action: 'merge'; copy: C; ifMatch: string; keptFrom: 'this device' | 'another device' };

/**
 * Decides how this device's journey and the LRS's copy come together. Progress is never at stake
 * here: it is derived from the union of both devices' event logs and merged into whichever plan
 * is kept. What can conflict is the plan itself (target, stages): if only one side changed since
 * the last sync, that side wins; if both did, the more recent change is kept on both devices and
 * the learner is told (runSync's `journeyMerged` notice), rather than one device silently overwriting the other. A document on the
 * LRS that cannot be read (`document` undefined) is never adopted: this device's journey replaces it.
 */
export function reconcileJourney<C extends JourneyCopy>(
  local: C | undefined,
  remote: { document: C | undefined; etag: string } | undefined,
  mark: JourneySyncMark | undefined,
): JourneyDecision<C> {
  if (!remote) return local ? { action: 'push', copy: local, ifMatch: undefined } : { action: 'none' };
  if (!remote.document) return local ? { action: 'push', copy: local, ifMatch: remote.etag } : { action: 'none' };
  const document = remote.document;
  const remoteChanged = !mark || remote.etag !== mark.etag;
  const localChanged = !!local && (!mark || local.updatedAt > mark.updatedAt);
  if (!remoteChanged) return localChanged ? { action: 'push', copy: local!, ifMatch: remote.etag } : { action: 'none' };
  if (!localChanged) return { action: 'adopt', copy: document, etag: remote.etag };
  // Both changed since the last sync (or this device never synced and has its own journey).
  if (local!.updatedAt === document.updatedAt) return { action: 'adopt', copy: document, etag: remote.etag };
  const localNewer = local!.updatedAt > document.updatedAt;
  const kept = localNewer ? local! : document;
  return { action: 'merge', copy: kept, ifMatch: remote.etag, keptFrom: localNewer ? 'this device' : 'another device' };
}
