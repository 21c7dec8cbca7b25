/** The journey as one device holds it: the persisted machine snapshot and when it last changed. */
export interface JourneyCopy {
  snapshot: unknown;
  updatedAt: string;
}

/** The State document Cohesion keeps on the LRS for the journey. */
export interface JourneyDocument extends JourneyCopy {
  /** Which device wrote it (a random id per browser), so a device can recognise its own write. */
  device: string;
}

/** What this device last read or wrote: the document's ETag and the journey's updatedAt then. */
export interface JourneySyncMark {
  etag: string;
  updatedAt: string;
}

export type JourneyDecision =
  | { action: 'none' }
  | { action: 'push'; copy: JourneyCopy; ifMatch: string | undefined }
  | { action: 'adopt'; copy: JourneyCopy; etag: string }
  | { action: 'merge'; copy: JourneyCopy; ifMatch: string; keptFrom: 'this device' | 'another device'; notice: string };

/**
 * Decides how this device's journey and the LRS's copy come together. Progress is never at stake
 * here: it is derived from the union of both devices' event logs and merged into whichever plan
 * is kept. What can conflict is the plan itself (target, stages): if only one side changed since
 * the last sync, that side wins; if both did, the more recent change is kept on both devices and
 * the learner is told, rather than one device silently overwriting the other.
 */
export function reconcileJourney(
  local: JourneyCopy | undefined,
  remote: { document: JourneyDocument; etag: string } | undefined,
  mark: JourneySyncMark | undefined,
): JourneyDecision {
  if (!remote) return local ? { action: 'push', copy: local, ifMatch: undefined } : { action: 'none' };
  const remoteChanged = !mark || remote.etag !== mark.etag;
  const localChanged = !!local && (!mark || local.updatedAt > mark.updatedAt);
  if (!remoteChanged) return localChanged ? { action: 'push', copy: local!, ifMatch: remote.etag } : { action: 'none' };
  if (!localChanged) return { action: 'adopt', copy: remote.document, etag: remote.etag };
  // Both changed since the last sync (or this device never synced and has its own journey).
  if (local!.updatedAt === remote.document.updatedAt)
    return { action: 'adopt', copy: remote.document, etag: remote.etag };
  const localNewer = local!.updatedAt > remote.document.updatedAt;
  const kept = localNewer ? local! : remote.document;
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(kept.updatedAt),
  );
  return {
    action: 'merge',
    copy: { snapshot: kept.snapshot, updatedAt: kept.updatedAt },
    ifMatch: remote.etag,
    keptFrom: localNewer ? 'this device' : 'another device',
    notice: `Your journey was changed on this device and on another one. Cohesion kept the plan changed most recently (on ${localNewer ? 'this device' : 'the other device'}, ${when}), with the progress from both.`,
  };
}
